package dev.tradebook.customer.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
 * The chunks of one running import, written up to {@code inFlight} at a time on threads of their own: while one
 * chunk is copied into the database and committed, the next is validated and built by the rules in its own
 * transaction, and the runner reads the file on. A chunk writes nothing before the chunk ahead of it has
 * committed ({@link CustomerImports#importChunk}), so the chunks commit in the order of the file and the import's
 * figures always count exactly the rows up to its last committed chunk, which is where a resumed import goes on.
 */
final class ChunkWriters implements AutoCloseable {

    private final CustomerImports imports;
    private final int inFlight;
    private final ExecutorService threads;
    private final Deque<CompletableFuture<Void>> written = new ArrayDeque<>();
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
            await(written.removeFirst());
        }
        CompletableFuture<Void> ahead = last;
        List<ImportRow> chunk = List.copyOf(rows);
        last = CompletableFuture.runAsync(() -> inRequestContext(
                () -> imports.importChunk(id, runner, chunk, bytesRead, () -> awaitAhead(ahead))), threads);
        written.addLast(last);
    }

    /** Waits for every chunk handed in; rethrows the first failure, after the others ended too. */
    void finish() {
        RuntimeException first = null;
        while (!written.isEmpty()) {
            try {
                await(written.removeFirst());
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
}
