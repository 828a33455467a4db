package org.entente.source.cow;

import java.time.LocalDate;

/**
 * A spell of direct contiguity between two states, directed as peacesciencer publishes it.
 * {@code conttype} 1 = land or river border, 2-5 = separated by up to 12/24/150/400 miles of water,
 * 0 = no longer contiguous within 400 miles (peacesciencer's coding).
 */
public record ContiguitySpell(int ccode1, int ccode2, int conttype, LocalDate start, LocalDate end) {}
