package org.entente.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"entente " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version")};
    }
}
