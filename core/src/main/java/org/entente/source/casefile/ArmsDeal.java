package org.entente.source.casefile;

import java.util.List;

/**
 * An arms deal as the case's sources describe it (not SIPRI's register row, which lives in the
 * store). {@code valueUsdMillions} is a price in current US$ where a source gives one.
 */
public record ArmsDeal(String id, String supplier, String recipient, String system, String category,
        Integer quantity, Integer orderYear, List<Integer> deliveryYears, Double valueUsdMillions,
        PaymentTerms payment, boolean licensedProduction, boolean technologyTransfer, String note,
        List<String> sources) implements Cited {}
