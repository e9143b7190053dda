package dev.tradebook.customer.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.tradebook.customer.domain.CustomerImports;
import dev.tradebook.customer.domain.EarlierChunkFailed;
import dev.tradebook.customer.domain.ImportRow;
import io.quarkus.arc.Arc;

/**
 * The chunks of one running import, written up to {@code inFlight} at a time on threads of their own, each in its
 * own transaction: while one chunk is copied into the database, the next is validated, built by the rules and
 * copied too, and the runner reads the file on. A chunk commits only after the chunk ahead of it has
 * ({@link CustomerImports#importChunk}), so the chunks commit in the order of the file and the import's figures
 * always count exactly the rows up to its last committed chunk, which is where a resumed import goes on.
 */
final class ChunkWriters implements AutoCloseable {

    private final CustomerImports imports;
    private final int inFlight;
    private final ExecutorService threads;
    private final Deque<Written> written = new ArrayDeque<>();
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    ChunkWriters(CustomerImports imports, int inFlight) {
        this.imports = imports;
        this.inFlight = inFlight;
        this.threads = Executors.newFixedThreadPool(inFlight, task -> {
            Thread thread = new Thread(task, "customer-import-chunk");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Hands the chunk to a writer once fewer than {@code inFlight} are being written; rethrows an earlier failure. */
    void write(UUID id, UUID runner, List<ImportRow> rows, long bytesRead) {
        while (written.size() >= inFlight) {
            await(written.removeFirst().done());
        }
        CompletableFuture<Void> ahead = last;
        List<ImportRow> chunk = List.copyOf(rows);
        Set<String> keysAhead = new HashSet<>();
        written.stream().filter(chunkAhead -> !chunkAhead.done().isDone())
                .forEach(chunkAhead -> keysAhead.addAll(chunkAhead.keys()));
        last = CompletableFuture.runAsync(() -> inRequestContext(
                () -> imports.importChunk(id, runner, chunk, bytesRead, keysAhead, () -> awaitAhead(ahead))), threads);
        written.addLast(new Written(last, keysOf(chunk)));
    }

    /** Waits for every chunk handed in; rethrows the first failure, after the others ended too. */
    void finish() {
        RuntimeException first = null;
        while (!written.isEmpty()) {
            try {
                await(written.removeFirst().done());
            } catch (RuntimeException failed) {
                first = first == null ? failed : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Waits for the chunks handed in, whatever came of them (before the import is ended as failed). */
    void finishQuietly() {
        try {
            finish();
        } catch (RuntimeException ignored) {
            // the failure that stops the import is reported by the caller
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static Set<String> keysOf(List<ImportRow> chunk) {
        Set<String> keys = new HashSet<>();
        chunk.forEach(row -> keys.addAll(row.keys()));
        return keys;
    }

    private static void awaitAhead(CompletableFuture<Void> ahead) {
        try {
            ahead.join();
        } catch (CompletionException failed) {
            throw new EarlierChunkFailed(failed.getCause());
        }
    }

    private static void await(CompletableFuture<Void> chunk) {
        try {
            chunk.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static void inRequestContext(Runnable work) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            work.run();
        } finally {
            context.terminate();
        }
    }

    /** A chunk handed to a writer, and the keys of its rows (see {@link ImportRow#keys}). */
    private record Written(CompletableFuture<Void> done, Set<String> keys) {
    }
}
