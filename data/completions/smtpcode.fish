# smtpcode.fish: fish completion for smtpcode, the commands, options and codes.

# The operands before the cursor, one a line, without the options and their values.
function __smtpcode_operands
    set -l skip 0
    set -l dashdash 0
    for word in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        if test $dashdash = 0
            switch $word
                case --
                    set dashdash 1
                    continue
                case -w --width --lang --command --provider --by --top
                    set skip 1
                    continue
                case '-?*'
                    continue
            end
        end
        printf '%s\n' $word
    end
end

# True if the first operand is one of the arguments; with none, if there is no operand yet.
function __smtpcode_command
    set -l first (__smtpcode_operands)[1]
    if test (count $argv) -eq 0
        test -z "$first"
    else
        contains -- "$first" $argv
    end
end

# True where a code may come: the first operand, compare's two, list's filter, after a code.
function __smtpcode_wants_code
    set -l operands (__smtpcode_operands)
    switch "$operands[1]"
        case ''
            return 0
        case compare
            test (count $operands) -le 2
        case list
            test (count $operands) -eq 1
        case explain search scan
            return 1
        case '*'
            return 0
    end
end

# The codes of the smtpcode on PATH, for each kind given (--reply, --enhanced);
# nothing, quietly, if it is missing or fails.
function __smtpcode_codes
    command -sq smtpcode; or return 0
    for kind in $argv
        command smtpcode list $kind 2>/dev/null | cut -f1 2>/dev/null
    end
end

# The kinds of code to offer: those --reply or --enhanced ask for, else both.
function __smtpcode_kinds
    set -l words (commandline -opc)
    if contains -- --reply $words; and not contains -- --enhanced $words
        echo --reply
    else if contains -- --enhanced $words; and not contains -- --reply $words
        echo --enhanced
    else
        echo --reply
        echo --enhanced
    end
end

complete -c smtpcode -f

complete -c smtpcode -n __smtpcode_command -a compare -d 'Two codes side by side, then how they differ'
complete -c smtpcode -n __smtpcode_command -a explain -d 'Explain the replies in text, bounces and mail logs'
complete -c smtpcode -n __smtpcode_command -a list -d 'One line per code, optionally filtered'
complete -c smtpcode -n __smtpcode_command -a search -d 'Codes whose texts contain every word'
complete -c smtpcode -n __smtpcode_command -a scan -d 'Tally the replies in mail logs'
complete -c smtpcode -n '__smtpcode_command scan' -F -d 'Log file'
complete -c smtpcode -n __smtpcode_wants_code -a '(__smtpcode_codes (__smtpcode_kinds))'
complete -c smtpcode -n '__smtpcode_command list; and __smtpcode_wants_code' -a '2xx 3xx 4xx 5xx' -d Class

complete -c smtpcode -l json -d 'Print JSON, one object per code or reply and line'
complete -c smtpcode -s w -l width -x -d 'Wrap text to N columns (20 to 1000)'
# --color takes WHEN only after an '=': --color alone means always.
complete -c smtpcode -l color -d 'Colour codes by class and labels bold'
complete -c smtpcode -n 'string match -q -- "--color=*" (commandline -ct)' \
    -a '--color=auto --color=always --color=never' -d 'Colour mode'
complete -c smtpcode -l lang -x -a 'en fr zh' -d 'Language of labels and fixed phrases'
complete -c smtpcode -n 'not __smtpcode_command compare explain search scan' -l provider -x \
    -a 'gmail microsoft yahoo icloud mimecast proofpoint barracuda' -d "One provider's entries (codes and list)"
complete -c smtpcode -s h -l help -d 'Show the usage and exit'
complete -c smtpcode -s V -l version -d 'Show the version and exit'

complete -c smtpcode -n '__smtpcode_command list search' -l reply -d 'Reply codes only'
complete -c smtpcode -n '__smtpcode_command list search' -l enhanced -d 'Enhanced status codes only'
complete -c smtpcode -n '__smtpcode_command list search' -l command -x -d 'Reply codes that may answer an SMTP command' \
    -a 'greeting EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT BURL RSET VRFY EXPN HELP NOOP QUIT ETRN ATRN'

complete -c smtpcode -n '__smtpcode_command scan' -l by -x -a 'pair reply enhanced' -d 'What a row of the tally counts'
complete -c smtpcode -n '__smtpcode_command scan' -l top -x -d 'Only the N most frequent rows'
