package org.entente.store;

import java.io.PrintStream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long job, in bytes or rows. A bar on stderr when a person is watching a terminal;
 * nothing at all when output is piped, so logs and CI output stay clean.
 */
public interface Progress extends AutoCloseable {

    void advance(long n);

    @Override
    void close();

    Progress SILENT = new Progress() {
        @Override
        public void advance(long n) {}

        @Override
        public void close() {}
    };

    /** A bar if stderr is a terminal, otherwise {@link #SILENT}. */
    static Progress forTerminal(String task, long total, String unit) {
        if (System.console() == null || System.getenv("ENTENTE_NO_PROGRESS") != null) {
            return SILENT;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .setUnit(unit.equals("bytes") ? " MB" : "", unit.equals("bytes") ? 1_000_000 : 1)
                .showSpeed()
                .build();
        return new Progress() {
            @Override
            public void advance(long n) {
                bar.stepBy(n);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
