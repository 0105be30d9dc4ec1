/* replay.c: runs a fuzz harness over corpus files and directories, without libFuzzer */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fail(const char *path, const char *what)
{
	fprintf(stderr, "replay: %s '%s': %s\n", what, path, strerror(errno ? errno : EIO));
	return 1;
}

/* One input, read whole into a buffer of its own size so ASan sees any overread. */
static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL, *grown;
	size_t size = 0, cap = 0, n;

	if (!f)
		return fail(path, "cannot open");
	do {
		if (size == cap) {
			cap = cap ? cap * 2 : 4096;
			if (!(grown = realloc(data, cap))) {
				free(data);
				fclose(f);
				return fail(path, "out of memory reading");
			}
			data = grown;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
	} while (n > 0);
	if (ferror(f)) {
		free(data);
		fclose(f);
		return fail(path, "cannot read");
	}
	fclose(f);
	if (size > 0 && (grown = realloc(data, size)))
		data = grown;
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}

static int regular(const struct dirent *d)
{
	return strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0;
}

/* Every regular file directly inside dir, in name order. */
static int replay_dir(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, regular, alphasort), status = 0;

	if (n < 0)
		return fail(dir, "cannot read directory");
	for (int i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
		char *path = malloc(len);
		struct stat st;

		if (!path) {
			status = fail(dir, "out of memory reading");
		} else {
			snprintf(path, len, "%s/%s", dir, names[i]->d_name);
			if (stat(path, &st) != 0)
				status = fail(path, "cannot stat");
			else if (S_ISREG(st.st_mode) && replay_file(path) != 0)
				status = 1;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return status;
}

int main(int argc, char **argv)
{
	int status = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;

		errno = 0;
		if (stat(argv[i], &st) != 0)
			status |= fail(argv[i], "cannot read");
		else if (S_ISDIR(st.st_mode))
			status |= replay_dir(argv[i]);
		else
			status |= replay_file(argv[i]);
	}
	return status;
}
