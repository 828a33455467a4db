package org.entente.source.sipri;

/**
 * One deal of the SIPRI Arms Transfers Database: a supplier's order of a number of one weapon for
 * a recipient, as a SIPRI export states it. Names are as written (the '*' and '**' marks kept);
 * TIVs are SIPRI's own figures in millions, never recomputed (unit TIVs are rounded, so a unit
 * TIV times a number is not the total). Fields an export does not give are null.
 *
 * @param line the line of the file the deal starts on
 * @param sipriId the SIPRI AT Database ID (detailed export only)
 * @param orderYearEstimate whether SIPRI marks the order year as uncertain ('?' or "is estimate")
 * @param deliveryYears years with deliveries, in the file's order; null when none were identified
 * @param status {@code New}, {@code Second hand} or {@code Second hand but modernized}
 * @param tivUnitEstimate the detailed export's "SIPRI estimate" unit TIV (before any second-hand
 *     reduction: it equals {@code tivUnit} for new weapons)
 * @param tivDelivered TIV of the weapons delivered: 0 means between 0 and 0.5 million, null none
 */
public record ArmsDeal(
        long line,
        Long sipriId,
        String supplier,
        String recipient,
        Integer orderYear,
        Boolean orderYearEstimate,
        Integer numberOrdered,
        Boolean numberOrderedEstimate,
        String designation,
        String description,
        String category,
        Integer numberDelivered,
        Boolean numberDeliveredEstimate,
        int[] deliveryYears,
        String status,
        String comments,
        Double tivUnitEstimate,
        Double tivUnit,
        Double tivTotalOrder,
        Double tivDelivered,
        Boolean localProduction) {}
