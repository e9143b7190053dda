package dev.tradebook.ledger.domain;

/**
 * The general-ledger accounts the posting rules use (seeded by V2__journal.sql). A debtor line posts to
 * the control account of its debtor account's group instead.
 */
public final class ChartOfAccounts {

    public static final String CASH_AND_BANK = "1000";
    public static final String SALES_TAX = "2200";
    public static final String SALES = "4000";
    public static final String SALES_RETURNS = "4100";
    public static final String DISCOUNTS = "4200";
    public static final String WRITE_OFFS = "6100";

    private ChartOfAccounts() {
    }
}
