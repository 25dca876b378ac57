/* The floor for reading a corpus: every file of a folder read (through one reused buffer), nothing else.
 * Usage: read-floor FOLDER    (prints the number of files and bytes read) */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: read-floor FOLDER\n");
        return 64;
    }
    DIR *dir = opendir(argv[1]);
    if (!dir) {
        perror(argv[1]);
        return 66;
    }
    size_t files = 0, bytes = 0, capacity = 1 << 20;
    char *buffer = malloc(capacity);
    char path[4096];
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        FILE *file = fopen(path, "rb");
        if (!file) {
            perror(path);
            return 66;
        }
        size_t n;
        while ((n = fread(buffer, 1, capacity, file)) > 0) bytes += n;
        fclose(file);
        files++;
    }
    closedir(dir);
    free(buffer);
    printf("read-floor: %zu files, %zu bytes\n", files, bytes);
    return 0;
}
