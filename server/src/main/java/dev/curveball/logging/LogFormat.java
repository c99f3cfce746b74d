package dev.curveball.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import dev.curveball.config.Config;
import org.slf4j.LoggerFactory;

/**
 * {@code --log-format json}: the console appender of {@code logback.xml} switches to logback's JSON encoder, one
 * object per line ({@code timestamp}, {@code level}, {@code loggerName}, {@code threadName}, {@code formattedMessage},
 * {@code throwable}, ...), for log shippers. Text, the default, leaves the configuration as it is.
 */
public final class LogFormat {
    /** The console appender's name in {@code logback.xml}. */
    static final String CONSOLE = "STDOUT";

    private LogFormat() {
    }

    /** Called once, right after the settings are read and before anything else logs. */
    public static void apply(Config.Logs logs) {
        if (!logs.json() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
        if (!(appender instanceof ConsoleAppender<ILoggingEvent> console)) {
            return;
        }
        console.stop();
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithMessage(false); // the pattern with its {} holes
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true); // the line as text readers see it
        encoder.start();
        console.setEncoder(encoder);
        console.start();
    }
}
