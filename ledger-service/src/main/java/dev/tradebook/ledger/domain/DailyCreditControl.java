package dev.tradebook.ledger.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Invoices fall due with time, not only with postings: once a day every customer that could change is evaluated. */
@ApplicationScoped
public class DailyCreditControl {

    private static final Logger LOG = Logger.getLogger(DailyCreditControl.class);

    private final CreditControl creditControl;

    public DailyCreditControl(CreditControl creditControl) {
        this.creditControl = creditControl;
    }

    @Scheduled(identity = "daily-credit-control", cron = "{ledger.credit-control.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        LOG.infof("Daily credit control evaluated %d customer(s)", creditControl.evaluateEveryone());
    }
}
