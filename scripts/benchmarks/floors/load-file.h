/* Reads a whole file into a NUL-terminated buffer; exits 66 (EX_NOINPUT) when it cannot.
 * Shared by the floors that read their inputs whole. */
#ifndef LOAD_FILE_H
#define LOAD_FILE_H

#include <stdio.h>
#include <stdlib.h>

static char *load(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(66);
    }
    fseek(file, 0, SEEK_END);
    *size = (size_t)ftell(file);
    rewind(file);
    char *data = malloc(*size + 1);
    if (*size && fread(data, 1, *size, file) != *size) {
        perror(path);
        exit(66);
    }
    fclose(file);
    data[*size] = '\0';
    return data;
}

#endif
