/**
 * The analyst's case file: a structured, cited account of one relationship (treaties, summits,
 * arms deals, threat perceptions, hypotheses, claims...). Records here are plain data; the YAML
 * reader validates and builds them; {@code org.entente.assess} reasons over them.
 *
 * <p>Every fact carries {@code sources}: ids into {@link org.entente.model.Case#sources()}.
 */
package org.entente.source.casefile;
