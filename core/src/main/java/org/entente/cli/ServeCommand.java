package org.entente.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.entente.model.Case;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Store;
import org.entente.web.DashboardData;
import org.entente.web.DashboardServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard and the read-only REST API over the store.",
            "Binds to 127.0.0.1 (this machine only) unless --bind names another address.",
            "The store is opened read-only; stop the server with Ctrl-C."},
        footer = {"", "Examples:", "  ./entente serve", "  ./entente serve --port 9000",
            "  ./entente serve --case my-case.yaml", "", "Then open http://127.0.0.1:8080/ in a browser;"
                + " the API is listed at /api/."})
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    String bind;

    @Option(names = "--case", paramLabel = "FILE", description = "A case file to offer besides the built-in cases (repeatable).")
    List<Path> caseFiles = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageProblem("--port must be between 0 and 65535, got " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageProblem("--bind: cannot resolve address '" + bind + "'");
        }
        List<Case> cases = new ArrayList<>();
        for (Path f : caseFiles) {
            cases.add(CaseReader.read(f));
        }
        for (String id : CaseReader.builtInIds()) {
            cases.add(CaseReader.builtIn(id));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.openReadOnly();
                DashboardServer server = DashboardServer.start(new DashboardData(s, cases), bind, port)) {
            String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Entente dashboard: http://%s:%d/  (API: /api/; store %s, read-only; Ctrl-C stops)%n", host,
                    server.port(), s.path());
            out.flush();
            if (!address.isLoopbackAddress()) {
                err.println("entente: warning: listening on " + bind + ", reachable from other machines");
                err.flush();
            }
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "entente-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
        }
        return 0;
    }
}
