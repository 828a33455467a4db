package org.entente.assess;

/**
 * A {@code --assume KEY=VALUE} override as applied: the key, the value given, the value it replaced
 * (null where there was none) and what it changed in words.
 */
public record AppliedAssumption(String key, String value, String replaced, String effect) {}
