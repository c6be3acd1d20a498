package uk.aftercare.returns;

import java.time.LocalDate;

/**
 * Small starting points for test requests; each test states only the facts it is about.
 */
final class ReturnRequests {

    /** Later than every date used in the tests, so no request is rejected as lying in the future. */
    static final LocalDate TODAY = LocalDate.of(2040, 1, 1);

    /** The returns-policy.md example: delivered 2 March, the short-term right to reject ends 1 April. */
    static final LocalDate DELIVERED = LocalDate.of(2026, 3, 2);

    private static final ReturnsPolicy DEFAULT_POLICY = new ReturnsPolicy(ReturnsPolicySettings.defaults());

    private ReturnRequests() {
    }

    /** Goods bought and taken home in a shop on {@code purchased}, with a receipt. */
    static ReturnRequest.Builder inStore(LocalDate purchased) {
        return ReturnRequest.builder()
                .channel(SaleChannel.IN_STORE)
                .purchaseDate(purchased)
                .price("49.99");
    }

    /** Goods ordered online three days before {@code delivered}, with an order number. */
    static ReturnRequest.Builder online(LocalDate delivered) {
        return ReturnRequest.builder()
                .channel(SaleChannel.ONLINE)
                .purchaseDate(delivered.minusDays(3))
                .deliveryDate(delivered)
                .price("49.99")
                .proofOfPurchase(ProofOfPurchase.ORDER_NUMBER);
    }

    static ReturnAssessment assess(ReturnRequest.Builder request) {
        return DEFAULT_POLICY.assess(request.build(), TODAY);
    }

    static ReturnAssessment assess(ReturnsPolicySettings settings, ReturnRequest.Builder request) {
        return new ReturnsPolicy(settings).assess(request.build(), TODAY);
    }
}
