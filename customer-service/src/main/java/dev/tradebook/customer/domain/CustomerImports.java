package dev.tradebook.customer.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import dev.tradebook.customer.domain.CustomerService.Revision;
import dev.tradebook.platform.runtime.problem.ProblemException;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The use cases of a bulk import. Every row goes through {@link CustomerService#registerImported} or
 * {@link CustomerService#revise}, so it gets exactly the rules, history and events of a single customer; the new
 * customers of a chunk, their contacts and history entries are copied into the database together (COPY). A chunk of
 * rows is one transaction with the import's figures: a refused row rolls the chunk back (the service marks it
 * rollback-only), and the chunk is written again without the rows refused so far, until none is refused.
 */
@ApplicationScoped
public class CustomerImports {

    private static final Logger LOG = Logger.getLogger(CustomerImports.class);

    private final EntityManager entities;
    private final CustomerService customers;
    private final Clock clock;

    public CustomerImports(EntityManager entities, CustomerService customers, Clock clock) {
        this.entities = entities;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    public CustomerImport start(ImportFormat format, ImportMode mode, boolean dryRun, String spoolFile, long sizeBytes,
            String by) {
        CustomerImport started = new CustomerImport(UUID.randomUUID(), format, mode, dryRun, spoolFile, sizeBytes, by,
                clock.instant());
        entities.persist(started);
        return started;
    }

    public CustomerImport get(UUID id) {
        CustomerImport found = entities.find(CustomerImport.class, id);
        if (found == null) {
            throw new ResourceNotFound("Customer import", id.toString());
        }
        return found;
    }

    /** Up to {@code limit} errors after the first {@code offset}, by line. */
    public List<ImportError> errors(UUID id, int offset, int limit) {
        get(id);
        return entities.createQuery("from ImportError where importId = :id order by line, id", ImportError.class)
                .setParameter("id", id).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Writes one chunk as {@code runner}; {@code bytesRead} is how far into the file the chunk ends. Throws
     * {@link ImportTakenOver} when another runner took the import over: nothing of the chunk is written then.
     * {@code earlierChunksWritten} blocks until the chunks ahead of this one are committed (throwing
     * {@link EarlierChunkFailed} when one of them failed): the chunk validates and builds its rows and copies them
     * into the database meanwhile (both cores busy), but commits only after them, so the chunks of an import commit
     * in the order of its file. A chunk with a row sharing one of the {@code keysAhead} (see {@link ImportRow#keys})
     * waits for them before it writes anything: its rows must see theirs, and its copy must not wait for their
     * locks while they wait for its commit.
     */
    public void importChunk(UUID id, UUID runner, List<ImportRow> rows, long bytesRead, Set<String> keysAhead,
            Runnable earlierChunksWritten) {
        CustomerImport running = get(id);
        Map<Long, List<Violation>> failures = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.readable()).forEach(row -> failures.put(row.line(), row.refused()));
        try {
            while (true) {
                Attempt attempt;
                try {
                    attempt = QuarkusTransaction.requiringNew().call(() -> {
                        Attempt written = write(running, rows, failures, keysAhead, earlierChunksWritten);
                        if (written.rolledBack() || running.dryRun()) {
                            throw new Undone(written);
                        }
                        record(id, runner, rows.size(), written, bytesRead, earlierChunksWritten);
                        return written;
                    });
                } catch (Undone undone) {
                    attempt = undone.attempt;
                }
                if (!attempt.rolledBack()) {
                    if (running.dryRun()) {
                        Attempt counted = attempt;
                        QuarkusTransaction.requiringNew()
                                .run(() -> record(id, runner, rows.size(), counted, bytesRead, earlierChunksWritten));
                    }
                    return;
                }
            }
        } catch (ImportTakenOver | EarlierChunkFailed stopped) {
            throw stopped;
        } catch (RuntimeException storeFailed) {
            if (rows.size() == 1) {
                Map<Long, List<Violation>> unstorable = Map.of(rows.get(0).line(),
                        List.of(new Violation(null, "could not be stored: " + rootMessage(storeFailed))));
                QuarkusTransaction.requiringNew().run(
                        () -> record(id, runner, 1, new Attempt(0, 0, 0, unstorable, false), bytesRead,
                                earlierChunksWritten));
                return;
            }
            // The database refused something the rules let through: find the row, one transaction each.
            LOG.infof("import %s: the database refused a chunk of %d rows (%s); writing them one by one", id,
                    rows.size(), rootMessage(storeFailed));
            for (int i = 0; i < rows.size(); i++) {
                importChunk(id, runner, List.of(rows.get(i)), i == rows.size() - 1 ? bytesRead : running.bytesRead(),
                        keysAhead, earlierChunksWritten);
            }
        }
    }

    @Transactional
    public void complete(UUID id, UUID runner) {
        CustomerImport running = locked(id);
        running.checkRunBy(runner);
        running.complete(clock.instant());
    }

    /** Ends the import as FAILED: its figures stay exactly what was written before. */
    @Transactional
    public void fail(UUID id, UUID runner, String reason) {
        CustomerImport running = locked(id);
        running.checkRunBy(runner);
        running.fail(reason, clock.instant());
    }

    /** The running imports nobody has advanced for {@code silence}: their runner is gone. Each is handed to a new one. */
    @Transactional
    public Map<UUID, UUID> takeOverAbandoned(Duration silence) {
        List<CustomerImport> abandoned = entities.createQuery("""
                from CustomerImport where status = :running and heartbeatAt < :before order by startedAt""",
                CustomerImport.class)
                .setParameter("running", ImportStatus.RUNNING).setParameter("before", clock.instant().minus(silence))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
        Map<UUID, UUID> runners = new LinkedHashMap<>();
        abandoned.forEach(found -> runners.put(found.id(), found.takeOver(clock.instant())));
        return runners;
    }

    private Attempt write(CustomerImport running, List<ImportRow> rows, Map<Long, List<Violation>> failures,
            Set<String> keysAhead, Runnable earlierChunksWritten) {
        if (rows.size() == 1 || rows.stream().anyMatch(row -> row.keys().stream().anyMatch(keysAhead::contains))) {
            // Written alone, through the API's own checks, or naming a customer of a chunk ahead: they must see
            // every customer of the chunks before.
            earlierChunksWritten.run();
        }
        Set<String> taken = existing(rows);
        // Contacts before their customers: each customer's search document is computed once, with them (V15).
        CopiedRows copied = new CopiedRows(entities, CustomerContact.class);
        session().doWork(connection -> {
            try (Statement chunkSettings = connection.createStatement()) {
                chunkSettings.execute("SET CONSTRAINTS customer_contact_customer_code_fkey DEFERRED");
                // The service plans every statement for its parameters (plan_cache_mode, for the search); the
                // queries of the triggers and foreign key checks a copied row runs, the same for every row, then
                // were planned anew for each: here they keep their generic plans, until the chunk commits.
                chunkSettings.execute("SET LOCAL plan_cache_mode = auto");
            }
        });
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        boolean rolledBack = false;
        for (ImportRow row : rows) {
            if (failures.containsKey(row.line())) {
                continue;
            }
            NewCustomer customer = row.customer();
            try {
                if (!taken.add(customer.code())) {
                    if (running.mode() == ImportMode.CREATE) {
                        failures.put(row.line(), List.of(new Violation("code", "customer " + customer.code()
                                + " exists already (mode=create)")));
                        continue;
                    }
                    // It may be a customer of this very chunk: what is copied so far goes in first.
                    earlierChunksWritten.run();
                    copied.copy();
                    Customer current = customers.get(customer.code());
                    long version = current.version();
                    Customer revised = customers.revise(customer.code(), Long.toString(version),
                            revision(customer, current), running.requestedBy());
                    updated++;
                    unchanged += revised.version() == version ? 1 : 0;
                    // Written: out of the session, so that the later flushes of the chunk do not check it again
                    // (the history's JSON above all: keeping all the chunk's rows was 4 times slower).
                    entities.flush();
                    entities.clear();
                } else if (rows.size() == 1) {
                    // Alone (a chunk refused by the database, written again row by row): a code taken meanwhile
                    // answers as the API does.
                    earlierChunksWritten.run();
                    customers.register(asImported(customer), running.requestedBy());
                    created++;
                } else {
                    if (customer.details().billToCustomers() != null && !customer.details().billToCustomers().isEmpty()) {
                        // It may bill to a customer of this chunk or the one before, which the rules look for in
                        // the database.
                        earlierChunksWritten.run();
                        copied.copy();
                    }
                    customers.registerImported(asImported(customer), running.requestedBy(), copied);
                    created++;
                }
            } catch (ProblemException refused) {
                failures.put(row.line(), refused.violations().isEmpty()
                        ? List.of(new Violation(null, refused.getMessage()))
                        : refused.violations());
                rolledBack |= QuarkusTransaction.isRollbackOnly();
            }
        }
        if (!rolledBack) {
            copied.copy();
            entities.flush();
            entities.clear();
        }
        return new Attempt(created, updated, unchanged, failures, rolledBack);
    }

    /** The codes of the rows that name a customer already (deleted ones too: their codes stay taken). */
    private Set<String> existing(List<ImportRow> rows) {
        List<String> codes = rows.stream().filter(ImportRow::readable).map(row -> row.customer().code()).toList();
        if (codes.isEmpty()) {
            return new HashSet<>();
        }
        // One array parameter: a list of 500 values is a statement of 500 parameters to expand, send and plan.
        Set<String> taken = new HashSet<>();
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT code FROM customer WHERE code = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        taken.add(found.getString(1));
                    }
                }
            }
        });
        return taken;
    }

    private Session session() {
        return entities.unwrap(Session.class);
    }

    private void record(UUID id, UUID runner, long rows, Attempt attempt, long bytesRead, Runnable earlierChunksWritten) {
        earlierChunksWritten.run();
        CustomerImport running = locked(id);
        running.checkRunBy(runner);
        running.advance(rows, attempt.created(), attempt.updated(), attempt.unchanged(), attempt.failures().size(), bytesRead,
                clock.instant());
        attempt.failures().forEach((line, violations) -> violations.forEach(
                violation -> entities.persist(new ImportError(id, line, violation.field(), violation.message()))));
    }

    private CustomerImport locked(UUID id) {
        return entities.find(CustomerImport.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A customer entering through an import says so, unless the row names another source. */
    private static NewCustomer asImported(NewCustomer customer) {
        CustomerDetails details = customer.details();
        return details.source() != null ? customer
                : new NewCustomer(customer.code(), customer.currency(), customer.portalLogin(),
                        details.withSource(CustomerSource.IMPORT));
    }

    /** The row replaces the customer as a PUT would, keeping the source it entered through unless the row names one. */
    private static Revision revision(NewCustomer customer, Customer current) {
        CustomerDetails details = customer.details();
        return new Revision(customer.code(), customer.currency(),
                details.source() != null ? details : details.withSource(current.details().source()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** Rolls back the transaction of a chunk that is to be written again, or of a dry run. */
    private static final class Undone extends RuntimeException {

        private final transient Attempt attempt;

        Undone(Attempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    /** What writing a chunk came to; {@code rolledBack}: a row was refused after the transaction was spoiled. */
    private record Attempt(long created, long updated, long unchanged, Map<Long, List<Violation>> failures,
            boolean rolledBack) {
    }
}
