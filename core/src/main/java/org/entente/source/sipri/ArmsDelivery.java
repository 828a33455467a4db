package org.entente.source.sipri;

/**
 * The deliveries of one deal in one year, as SIPRI's detailed (per-delivery-year) export gives
 * them.
 *
 * @param line the line of the file
 * @param sipriId the SIPRI AT Database ID of the deal
 * @param numberDelivered weapons delivered that year
 * @param tiv TIV of that year's deliveries, in millions, as SIPRI states it
 */
public record ArmsDelivery(
        long line,
        long sipriId,
        String supplier,
        String recipient,
        int year,
        Boolean yearEstimate,
        Integer numberDelivered,
        Boolean numberEstimate,
        Double tiv) {}
