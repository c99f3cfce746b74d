package dev.curveball.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * Everything the node logs while a test runs, caught by a real logback appender on the root logger (what reaches
 * the console reaches it too), so a test can assert that something was never logged. Close it to detach.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The lines logged so far that match, as "LEVEL logger - message: exception", for readable failures. */
    public List<String> lines(Predicate<ILoggingEvent> which) {
        synchronized (appender.list) {
            return appender.list.stream().filter(which).map(LogCapture::describe).toList();
        }
    }

    public List<String> errors() {
        return lines(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
    }

    /** Lines whose message or any exception in its cause chain mentions {@code text}. */
    public List<String> mentioning(String text) {
        return lines(e -> describe(e).contains(text));
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " - "
            + event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return line.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
