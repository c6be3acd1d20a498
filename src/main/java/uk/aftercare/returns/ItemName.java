package uk.aftercare.returns;

/**
 * How a customer-facing sentence names the goods, with the verbs and pronouns that agree with it: "the kettle was
 * not as described ... when you received it", "the items were not as described ... when you received them". A return
 * of several item lines is named {@link Wording#SEVERAL_ITEMS}, which is the only plural the engine knows of: one
 * item typed as a plural noun ("Earrings") is still one item, and is spoken of as one.
 */
record ItemName(String text, boolean several) {

    /** One item, unnamed: "the item". */
    static final ItemName ONE = of("item");

    /** The goods of a return of several item lines: "the items". */
    static final ItemName SEVERAL = of(Wording.SEVERAL_ITEMS);

    /** "kettle" becomes "the kettle", one item; {@link Wording#SEVERAL_ITEMS} is several. */
    static ItemName of(String description) {
        String text = Wording.item(description);
        return new ItemName(text, text.equals(Wording.SEVERAL_ITEMS));
    }

    /** "was" or "were", to follow the name. */
    String was() {
        return several ? "were" : "was";
    }

    /** "has" or "have", to follow the name. */
    String has() {
        return several ? "have" : "has";
    }

    /** "it" or "they", standing for the goods as the subject of a clause. */
    String itSubject() {
        return several ? "they" : "it";
    }

    /** "it" or "them", standing for the goods as an object: "when you received it". */
    String it() {
        return several ? "them" : "it";
    }

    /** "its" or "their". */
    String its() {
        return several ? "their" : "its";
    }

    /** "the item" or "the items", the goods as ordered: "not the item you ordered". */
    String theItem() {
        return several ? "the items" : "the item";
    }

    @Override
    public String toString() {
        return text;
    }
}
