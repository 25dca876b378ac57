/* The floor for reading-pack.epub: libzip deflating exactly the entries of Dossier's EPUB (unpacked
 * by floor-inputs.py into a folder with a manifest.tsv of file, method and entry name, in order).
 * Usage: zip-floor ENTRIES-FOLDER OUT.zip [--trim-threshold BYTES] [--mmap-threshold BYTES]
 * The two options call glibc's mallopt first: libzip frees and reallocates its deflate state for
 * every entry, and glibc's default trimming and mmap threshold turn that into system calls. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "load-file.h"

static void fail(zip_t *archive, const char *what) {
    fprintf(stderr, "zip-floor: %s: %s\n", what, zip_strerror(archive));
    exit(70);
}

int main(int argc, char **argv) {
    if (argc < 3 || argc % 2 == 0) {
        fprintf(stderr, "usage: zip-floor ENTRIES-FOLDER OUT.zip [--trim-threshold BYTES] [--mmap-threshold BYTES]\n");
        return 64;
    }
    for (int i = 3; i < argc; i += 2) {
        int option = strcmp(argv[i], "--trim-threshold") == 0 ? M_TRIM_THRESHOLD
                     : strcmp(argv[i], "--mmap-threshold") == 0 ? M_MMAP_THRESHOLD : 0;
        if (!option || mallopt(option, atoi(argv[i + 1])) != 1) {
            fprintf(stderr, "zip-floor: bad option %s %s\n", argv[i], argv[i + 1]);
            return 64;
        }
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.tsv", argv[1]);
    size_t manifest_size;
    char *manifest = load(path, &manifest_size);

    int error = 0;
    zip_t *archive = zip_open(argv[2], ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        fprintf(stderr, "zip-floor: cannot create %s (libzip error %d)\n", argv[2], error);
        return 73;
    }
    size_t entries = 0, bytes = 0;
    for (char *line = strtok(manifest, "\n"); line; line = strtok(NULL, "\n")) {
        char *file = line, *method = strchr(file, '\t'), *name = method ? strchr(method + 1, '\t') : NULL;
        if (!name) {
            fprintf(stderr, "zip-floor: bad manifest line: %s\n", line);
            return 65;
        }
        *method++ = '\0';
        *name++ = '\0';
        snprintf(path, sizeof path, "%s/%s", argv[1], file);
        size_t size;
        char *data = load(path, &size);
        zip_source_t *source = zip_source_buffer(archive, data, size, 1);
        if (!source) fail(archive, "source");
        zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(archive, name);
        }
        zip_int32_t compression = strcmp(method, "store") == 0 ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        /* Deflate level 6, zlib's default, as Dossier's EPUB exporter sets it (libzip's own default is 9). */
        zip_uint32_t level = compression == ZIP_CM_DEFLATE ? 6 : 0;
        if (zip_set_file_compression(archive, (zip_uint64_t)index, compression, level) < 0) fail(archive, name);
        if (zip_file_set_dostime(archive, (zip_uint64_t)index, 0, 0x21, 0) < 0) fail(archive, name);
        entries++;
        bytes += size;
    }
    if (zip_close(archive) < 0) {
        fail(archive, "close");
    }
    free(manifest);
    printf("zip-floor: %zu entries, %zu bytes\n", entries, bytes);
    return 0;
}
