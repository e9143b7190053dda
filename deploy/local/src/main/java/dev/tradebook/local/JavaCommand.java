package dev.tradebook.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs: the JDK running the launcher, and the launcher module's classpath
 * (written by the build), which holds the Kafka jars whether the launcher runs from the command
 * line or inside a test JVM.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> mainClass(StackLayout layout, String mainClass, List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(layout.launcherClasspath());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }
}
