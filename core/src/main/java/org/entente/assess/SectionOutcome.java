package org.entente.assess;

import java.util.List;

/** A built section and the verdict factors it scored. */
record SectionOutcome(Section section, List<FactorInput> factors) {}
