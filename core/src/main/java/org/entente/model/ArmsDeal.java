package org.entente.model;

import java.util.List;

/**
 * An arms deal as the case's sources describe it (not SIPRI's register row, which lives in the
 * store). {@code valueUsdMillions} is a price in current US$ of the order year where a source gives
 * one. {@code quantity} is the number the source gives, or the low end of its range, and
 * {@code quantityMax} the high end ("forty to sixty": 40 and 60); {@code status} says how far the
 * deal had got by the source's date: {@code agreed}, {@code delivered}, {@code discussed} or
 * {@code agreed-or-discussed} when the source does not tell the two apart.
 */
public record ArmsDeal(String id, String supplier, String recipient, String system, String category,
        Integer quantity, Integer quantityMax, Integer orderYear, List<Integer> deliveryYears,
        Double valueUsdMillions, PaymentTerms payment, boolean licensedProduction, boolean technologyTransfer,
        String status, String note, List<String> sources) implements Cited {

    /** The record as first published (no quantity range, no status), kept for existing callers. */
    public ArmsDeal(String id, String supplier, String recipient, String system, String category,
            Integer quantity, Integer orderYear, List<Integer> deliveryYears, Double valueUsdMillions,
            PaymentTerms payment, boolean licensedProduction, boolean technologyTransfer, String note,
            List<String> sources) {
        this(id, supplier, recipient, system, category, quantity, null, orderYear, deliveryYears, valueUsdMillions,
                payment, licensedProduction, technologyTransfer, null, note, sources);
    }
}
