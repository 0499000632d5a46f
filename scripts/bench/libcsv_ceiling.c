/* The benchmark ceiling of SPEC §8: libcsv parsing the same files with callbacks that do
 * nothing, in the same strict mode statpipe uses, with N threads sharing the files.
 * Usage: libcsv_ceiling THREADS FILE...   Prints "ROWS BYTES". */
#include <csv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static char **files;
static int file_count;
static int next_file;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

struct totals { long rows; long bytes; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; (void)ctx; }
static void on_row(int c, void *ctx) { (void)c; ((struct totals *)ctx)->rows++; }

static void *worker(void *arg) {
    struct totals *totals = arg;
    static __thread char buffer[1 << 16];
    for (;;) {
        pthread_mutex_lock(&lock);
        int index = next_file++;
        pthread_mutex_unlock(&lock);
        if (index >= file_count) return NULL;
        FILE *file = fopen(files[index], "rb");
        if (!file) { perror(files[index]); exit(1); }
        struct csv_parser parser;
        csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
        size_t count;
        while ((count = fread(buffer, 1, sizeof buffer, file)) > 0) {
            totals->bytes += (long)count;
            if (csv_parse(&parser, buffer, count, on_field, on_row, totals) != count) {
                fprintf(stderr, "%s: %s\n", files[index], csv_strerror(csv_error(&parser)));
                exit(1);
            }
        }
        csv_fini(&parser, on_field, on_row, totals);
        csv_free(&parser);
        fclose(file);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s THREADS FILE...\n", argv[0]); return 2; }
    int threads = atoi(argv[1]);
    files = argv + 2;
    file_count = argc - 2;
    pthread_t ids[64];
    struct totals totals[64] = {{0, 0}};
    for (int i = 0; i < threads && i < 64; i++) pthread_create(&ids[i], NULL, worker, &totals[i]);
    long rows = 0, bytes = 0;
    for (int i = 0; i < threads && i < 64; i++) {
        pthread_join(ids[i], NULL);
        rows += totals[i].rows;
        bytes += totals[i].bytes;
    }
    printf("%ld %ld\n", rows, bytes);
    return 0;
}
