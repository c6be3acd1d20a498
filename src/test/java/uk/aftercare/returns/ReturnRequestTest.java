package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static uk.aftercare.returns.ReturnRequests.DELIVERED;
import static uk.aftercare.returns.ReturnRequests.inStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void appliesTheApiDefaults() {
        ReturnRequest request = ReturnRequest.builder()
                .channel(SaleChannel.IN_STORE)
                .purchaseDate(DELIVERED)
                .price("29.99")
                .build();

        assertThat(request.productType()).isEqualTo(ProductType.GOODS);
        assertThat(request.deliveryDate()).isEqualTo(DELIVERED);
        assertThat(request.requestDate()).isNull();
        assertThat(request.requestDateOr(TODAY)).isEqualTo(TODAY);
        assertThat(request.faulty()).isFalse();
        assertThat(request.failedRepairOrReplacement()).isFalse();
        assertThat(request.repairDays()).isZero();
        assertThat(request.perishable()).isFalse();
        assertThat(request.expectedLifeDays()).isNull();
        assertThat(request.personalised()).isFalse();
        assertThat(request.hygieneSealBroken()).isFalse();
        assertThat(request.mediaSealBroken()).isFalse();
        assertThat(request.cancellationInfoGiven()).isTrue();
        assertThat(request.digitalSupplyStartedWithConsent()).isFalse();
        assertThat(request.condition()).isEqualTo(ItemCondition.UNUSED);
        assertThat(request.proofOfPurchase()).isEqualTo(ProofOfPurchase.RECEIPT);
        assertThat(request.region()).isEqualTo(Region.ENGLAND_WALES);
        assertThat(request.productDescription()).isEqualTo("the item");
    }

    @Test
    void namesDigitalContentAndServicesByDefault() {
        ReturnRequest.Builder request = inStore(DELIVERED);

        assertThat(request.productType(ProductType.SERVICE).build().productDescription()).isEqualTo("the service");
        assertThat(request.productType(ProductType.DIGITAL_CONTENT).build().productDescription())
                .isEqualTo("the digital content");
    }

    @Test
    void assessesOnTodayWhenNoRequestDateIsGiven() {
        ReturnsPolicy policy = new ReturnsPolicy(ReturnsPolicySettings.defaults());
        ReturnRequest request = inStore(DELIVERED).faulty(true).build();

        assertThat(policy.assess(request, LocalDate.of(2026, 4, 1)).remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(policy.assess(request, LocalDate.of(2026, 4, 2)).remedy())
                .isEqualTo(Remedy.REPAIR_OR_REPLACEMENT);
    }

    @Test
    void acceptsAValidRequest() {
        assertThat(inStore(DELIVERED).requestDate(TODAY).build().validate(TODAY)).isEmpty();
    }

    /** A customer can have waited for a repair at most every day from delivery to the request. */
    @Test
    void acceptsAWaitForARepairOfEveryDayFromDeliveryToTheRequest() {
        assertThat(inStore(DELIVERED).requestDate(DELIVERED.plusDays(10)).repairDays(10).build().validate(TODAY))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void reportsEachInvalidField(String field, String message, UnaryOperator<ReturnRequest.Builder> invalid) {
        ReturnRequest request = invalid.apply(inStore(DELIVERED)).build();

        assertThat(request.validate(TODAY)).containsExactly(new FieldError(field, message));
    }

    static Stream<Arguments> reportsEachInvalidField() {
        return Stream.of(
                invalid("channel", "is required", request -> request.channel(null)),
                invalid("purchaseDate", "is required", request -> request.purchaseDate(null)),
                invalid("purchaseDate", "must not be in the future",
                        request -> request.purchaseDate(TODAY.plusDays(1))),
                invalid("purchaseDate", "must not be before 1900-01-01",
                        request -> request.purchaseDate(LocalDate.of(0, 1, 1)).deliveryDate(null)),
                invalid("purchaseDate", "must not be before 1900-01-01",
                        request -> request.purchaseDate(LocalDate.MIN).deliveryDate(null)),
                invalid("deliveryDate", "must not be before 1900-01-01",
                        request -> request.deliveryDate(LocalDate.of(1899, 12, 31))),
                invalid("requestDate", "must not be before 1900-01-01",
                        request -> request.requestDate(LocalDate.of(1, 1, 1))),
                invalid("deliveryDate", "must not be before the purchase date",
                        request -> request.deliveryDate(DELIVERED.minusDays(1))),
                invalid("deliveryDate", "must not be in the future",
                        request -> request.deliveryDate(TODAY.plusDays(1))),
                invalid("requestDate", "must not be before the delivery date unless the channel is ONLINE, PHONE or "
                        + "OFF_PREMISES: before delivery, only a distance or off-premises sale can be cancelled",
                        request -> request.deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("requestDate", "must not be before the delivery date when faulty: a fault can be claimed only "
                        + "once the goods are delivered (before delivery, a distance sale can be cancelled with faulty "
                        + "false)",
                        request -> request.channel(SaleChannel.ONLINE).faulty(true)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("requestDate", "must not be before the purchase date",
                        request -> request.channel(SaleChannel.ONLINE).requestDate(DELIVERED.minusDays(1))),
                invalid("condition", "must be UNUSED when the request is before the delivery date: goods not yet "
                        + "delivered cannot have been used or damaged by the customer",
                        request -> request.channel(SaleChannel.ONLINE).condition(ItemCondition.DAMAGED_BY_CUSTOMER)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("condition", "must be UNUSED when the request is before the delivery date: goods not yet "
                        + "delivered cannot have been used or damaged by the customer",
                        request -> request.channel(SaleChannel.PHONE).condition(ItemCondition.USED)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("repairDays", "must be 0 when the request is before the delivery date: goods not yet "
                        + "delivered cannot have waited for a repair",
                        request -> request.channel(SaleChannel.ONLINE).repairDays(1)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("hygieneSealBroken", "must be false when the request is before the delivery date: goods not "
                        + "yet delivered cannot have had a hygiene seal broken after delivery",
                        request -> request.channel(SaleChannel.ONLINE).hygieneSealBroken(true)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("mediaSealBroken", "must be false when the request is before the delivery date: goods not "
                        + "yet delivered cannot have been unsealed after delivery",
                        request -> request.channel(SaleChannel.OFF_PREMISES).mediaSealBroken(true)
                                .deliveryDate(DELIVERED.plusDays(3)).requestDate(DELIVERED.plusDays(2))),
                invalid("requestDate", "must not be in the future",
                        request -> request.requestDate(TODAY.plusDays(1))),
                invalid("price", "is required", request -> request.price((BigDecimal) null)),
                invalid("price", "must not be negative", request -> request.price("-0.01")),
                invalid("repairDays", "must not be negative", request -> request.repairDays(-1)),
                invalid("repairDays", "must not be more than the 10 days from delivery to the request",
                        request -> request.requestDate(DELIVERED.plusDays(10)).repairDays(11)),
                invalid("expectedLifeDays", "must not be negative",
                        request -> request.perishable(true).expectedLifeDays(-1)));
    }

    private static Arguments invalid(String field, String message, UnaryOperator<ReturnRequest.Builder> change) {
        return Arguments.of(field, message, change);
    }

    /** CCR 2013 regs 29-30: a distance sale can be cancelled from the day it is made, before the goods come. */
    @ParameterizedTest
    @EnumSource(value = SaleChannel.class, names = "IN_STORE", mode = EnumSource.Mode.EXCLUDE)
    void acceptsACancellationBeforeDelivery(SaleChannel channel) {
        ReturnRequest request = inStore(DELIVERED).channel(channel)
                .deliveryDate(DELIVERED.plusDays(10))
                .requestDate(DELIVERED)
                .build();

        assertThat(request.validate(TODAY)).isEmpty();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ReturnRequest request = ReturnRequest.builder().repairDays(-2).build();

        assertThat(request.validate(TODAY)).extracting(FieldError::field)
                .containsExactly("channel", "purchaseDate", "price", "repairDays");
    }

    @Test
    void acceptsAFreeItem() {
        assertThat(inStore(DELIVERED).price("0.00").build().validate(TODAY)).isEmpty();
    }

    @Test
    void refusesToAssessAnInvalidRequest() {
        ReturnsPolicy policy = new ReturnsPolicy(ReturnsPolicySettings.defaults());
        ReturnRequest request = inStore(DELIVERED).price("-1").repairDays(-1).build();

        assertThatThrownBy(() -> policy.assess(request, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid return request: price must not be negative; repairDays must not be negative")
                .asInstanceOf(type(InvalidReturnRequestException.class))
                .extracting(InvalidReturnRequestException::errors)
                .asInstanceOf(list(FieldError.class))
                .extracting(FieldError::field)
                .containsExactly("price", "repairDays");
    }

    @Test
    void keepsEveryFactWhenCopiedToABuilder() {
        ReturnRequest request = inStore(DELIVERED)
                .deliveryDate(DELIVERED.plusDays(1))
                .requestDate(DELIVERED.plusDays(2))
                .faulty(true)
                .failedRepairOrReplacement(true)
                .repairDays(3)
                .perishable(true)
                .expectedLifeDays(9)
                .personalised(true)
                .hygieneSealBroken(true)
                .mediaSealBroken(true)
                .cancellationInfoGiven(false)
                .digitalSupplyStartedWithConsent(true)
                .condition(ItemCondition.USED)
                .proofOfPurchase(ProofOfPurchase.BANK_STATEMENT)
                .region(Region.SCOTLAND)
                .productDescription("kettle")
                .build();

        assertThat(request.toBuilder().build()).isEqualTo(request);
    }
}
