/* The floor for factsheet.xlsx: libxlsxwriter writing exactly the cells of Dossier's workbook
 * (read from the dump that floor-inputs.py makes), with no styles, tables or charts.
 * Usage: xlsx-floor CELLS.dump OUT.xlsx [--constant-memory] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "load-file.h"

/* Takes `length` bytes at *cursor as a C string (the byte after them, a newline, becomes NUL). */
static char *take(char **cursor, size_t length) {
    char *start = *cursor;
    start[length] = '\0';
    *cursor = start + length + 1;
    return start;
}

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "xlsx-floor: %s: %s\n", what, lxw_strerror(error));
        exit(70);
    }
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4 || (argc == 4 && strcmp(argv[3], "--constant-memory") != 0)) {
        fprintf(stderr, "usage: xlsx-floor CELLS.dump OUT.xlsx [--constant-memory]\n");
        return 64;
    }
    size_t size;
    char *data = load(argv[1], &size);
    char *end = data + size;

    lxw_workbook_options options = {.constant_memory = argc == 4 ? LXW_TRUE : LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook) {
        fprintf(stderr, "xlsx-floor: cannot create %s\n", argv[2]);
        return 73;
    }
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");

    lxw_worksheet *sheet = NULL;
    size_t cells = 0;
    char *cursor = data;
    while (cursor < end) {
        char *line = cursor;
        char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
        *newline = '\0';
        cursor = newline + 1;
        if (strncmp(line, "sheet\t", 6) == 0) {
            char *name = take(&cursor, strtoul(line + 6, NULL, 10));
            sheet = workbook_add_worksheet(workbook, name);
            if (!sheet) {
                fprintf(stderr, "xlsx-floor: bad sheet name %s\n", name);
                return 65;
            }
            continue;
        }
        unsigned long row, col, value_length, url_length;
        char type;
        if (!sheet || sscanf(line, "cell\t%lu\t%lu\t%c\t%lu\t%lu", &row, &col, &type, &value_length, &url_length) != 5) {
            fprintf(stderr, "xlsx-floor: bad record: %s\n", line);
            return 65;
        }
        char *value = take(&cursor, value_length);
        char *url = take(&cursor, url_length);
        lxw_row_t r = (lxw_row_t)row;
        lxw_col_t c = (lxw_col_t)col;
        switch (type) {
        case 's': check(worksheet_write_string(sheet, r, c, value, NULL), "string"); break;
        case 'n': check(worksheet_write_number(sheet, r, c, strtod(value, NULL), NULL), "number"); break;
        case 'd': check(worksheet_write_number(sheet, r, c, strtod(value, NULL), date), "date"); break;
        case 'b': check(worksheet_write_boolean(sheet, r, c, value[0] == '1', NULL), "boolean"); break;
        case 'f': check(worksheet_write_formula(sheet, r, c, value, NULL), "formula"); break;
        case 'u': check(worksheet_write_url_opt(sheet, r, c, url, NULL, value_length ? value : NULL, NULL), "url"); break;
        default:
            fprintf(stderr, "xlsx-floor: unknown cell type %c\n", type);
            return 65;
        }
        cells++;
    }
    check(workbook_close(workbook), "close");
    free(data);
    printf("xlsx-floor: %zu cells\n", cells);
    return 0;
}
