package uk.aftercare.returns;

/**
 * Who has to prove that a fault was there when the goods or digital content were supplied.
 */
public enum BurdenOfProof {
    /** Within six months of delivery the fault is presumed to have been present (CRA 2015 s.19(14), s.42(9)). */
    TRADER,
    /** After six months the customer must show the fault was present at delivery. */
    CUSTOMER
}
