# smtpcode.bash: bash completion for smtpcode; needs bash 4, not the bash-completion package.

# The codes of the smtpcode on PATH, one a line, for each kind given
# (--reply, --enhanced); nothing, quietly, if it is missing or fails.
_smtpcode_codes()
{
	local kind
	type -P smtpcode >/dev/null || return 0
	for kind; do
		smtpcode list "$kind" 2>/dev/null | cut -f1 2>/dev/null
	done
}

_smtpcode()
{
	# Words split at blanks only, from COMP_LINE: COMP_WORDS splits
	# --color=WHEN at the '=', and bash-completion's helpers may be absent.
	local line=${COMP_LINE:0:COMP_POINT}
	local cur=${line##*[[:blank:]]}
	local -a words
	read -ra words <<<"${line:0:${#line}-${#cur}}"
	local prev=${words[*]: -1}

	# The operands before the cursor, without the options and their values.
	local -a operands=()
	local word skip='' dashdash=''
	for word in "${words[@]:1}"; do
		if [[ -n $skip ]]; then
			skip=''
			continue
		fi
		if [[ -z $dashdash ]]; then
			case $word in
			--) dashdash=1; continue ;;
			-w | --width | --lang | --command | --provider | --by | --top) skip=1; continue ;;
			-?*) continue ;;
			esac
		fi
		operands+=("$word")
	done
	local command=${operands[0]-}

	local smtp='greeting EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT BURL RSET VRFY EXPN
		HELP NOOP QUIT ETRN ATRN'
	local providers='gmail microsoft yahoo icloud mimecast proofpoint barracuda'
	local candidates=''
	COMPREPLY=()
	if [[ -z $dashdash ]]; then
		case $prev in
		-w | --width)
			return 0
			;;
		--lang)
			mapfile -t COMPREPLY < <(compgen -W 'en fr zh' -- "$cur")
			return 0
			;;
		--command)
			[[ $cur == [[:lower:]]* ]] && smtp=${smtp,,}
			mapfile -t COMPREPLY < <(compgen -W "$smtp" -- "$cur")
			return 0
			;;
		--provider)
			mapfile -t COMPREPLY < <(compgen -W "$providers" -- "$cur")
			return 0
			;;
		--by)
			mapfile -t COMPREPLY < <(compgen -W 'pair reply enhanced' -- "$cur")
			return 0
			;;
		--top)
			return 0
			;;
		esac
	fi

	if [[ -z $dashdash && $cur == -* ]]; then
		case $cur in
		# Bash replaces only what follows the '='.
		--color=* | --colour=*)
			mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "${cur#*=}")
			;;
		--lang=*)
			mapfile -t COMPREPLY < <(compgen -W 'en fr zh' -- "${cur#*=}")
			;;
		--command=*)
			[[ ${cur#*=} == [[:lower:]]* ]] && smtp=${smtp,,}
			mapfile -t COMPREPLY < <(compgen -W "$smtp" -- "${cur#*=}")
			;;
		--provider=*)
			mapfile -t COMPREPLY < <(compgen -W "$providers" -- "${cur#*=}")
			;;
		--by=*)
			mapfile -t COMPREPLY < <(compgen -W 'pair reply enhanced' -- "${cur#*=}")
			;;
		--width=* | --top=*) ;;
		*)
			candidates='--json -w --width --color --color= --lang -h --help -V --version --'
			case $command in
			list) candidates+=' --reply --enhanced --command --provider' ;;
			search) candidates+=' --reply --enhanced --command' ;;
			scan) candidates+=' --by --top -' ;;
			compare | explain) ;;
			*) candidates+=' --provider' ;;
			esac
			mapfile -t COMPREPLY < <(compgen -W "$candidates" -- "$cur")
			if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
				compopt -o nospace 2>/dev/null
			fi
			;;
		esac
		return 0
	fi

	local n=${#operands[@]}
	case $command in
	'')
		candidates='compare explain list scan search'
		# An empty word shows the commands, not some 200 codes.
		[[ -n $cur ]] && candidates+=" $(_smtpcode_codes --reply --enhanced)"
		;;
	compare)
		[[ $n -le 2 ]] && candidates=$(_smtpcode_codes --reply --enhanced)
		;;
	list)
		if [[ $n -eq 1 ]]; then
			case " ${words[*]} " in
			*' --reply '*) candidates="2xx 3xx 4xx 5xx $(_smtpcode_codes --reply)" ;;
			*' --enhanced '*) candidates=$(_smtpcode_codes --enhanced) ;;
			*) candidates="2xx 3xx 4xx 5xx $(_smtpcode_codes --reply --enhanced)" ;;
			esac
		fi
		;;
	explain | search) ;;
	scan)
		# Log files: bash's own file name completion.
		compopt -o default 2>/dev/null
		return 0
		;;
	*)
		candidates=$(_smtpcode_codes --reply --enhanced)
		;;
	esac
	# The registry's codes are listed as X.1.1; x.1 finds them too.
	[[ $cur == x* ]] && candidates=${candidates//X./x.}
	mapfile -t COMPREPLY < <(compgen -W "$candidates" -- "$cur")
	return 0
}

complete -F _smtpcode smtpcode
