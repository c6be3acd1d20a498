package uk.aftercare.returns;

/**
 * The UK legal jurisdiction of the sale, which sets how long a claim for faulty goods can be brought.
 */
public enum Region {
    /** Limitation Act 1980 s.5: six years for a claim in simple contract. */
    ENGLAND_WALES(6, "Limitation Act 1980 s.5"),
    /** Prescription and Limitation (Scotland) Act 1973 s.6: the obligation prescribes after five years. */
    SCOTLAND(5, "Prescription and Limitation (Scotland) Act 1973 s.6"),
    /** Limitation (Northern Ireland) Order 1989 art.4: six years, as in England and Wales. */
    NORTHERN_IRELAND(6, "Limitation (Northern Ireland) Order 1989 art.4");

    private final int limitationYears;
    private final String limitationLaw;

    Region(int limitationYears, String limitationLaw) {
        this.limitationYears = limitationYears;
        this.limitationLaw = limitationLaw;
    }

    /** Years after delivery in which a claim can still be made. */
    public int limitationYears() {
        return limitationYears;
    }

    /** The statute that sets {@link #limitationYears()}, for the legal basis of a time-barred claim. */
    public String limitationLaw() {
        return limitationLaw;
    }
}
