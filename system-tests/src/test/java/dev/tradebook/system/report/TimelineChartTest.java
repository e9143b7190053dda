package dev.tradebook.system.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineChartTest {

    private static final Timeline TIMELINE = Timeline.parse(
            "second,answers,p50_ms,p99_ms,max_ms,ledger_lag_ms,customer_lag_ms\n"
            + IntStream.rangeClosed(1, 60).mapToObj(second -> "%d,%d,%.1f,%.1f,%.1f,%s,%s".formatted(second, 18 + second % 5,
                    5.0 + second % 3, 30.0 + second % 7, 45.0, second % 2 == 0 ? "" : Integer.toString(100 + second),
                    Integer.toString(90 + second)))
                    .reduce("", (a, b) -> a + b + "\n"));

    @TempDir
    Path directory;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writesAPngOfTheReportsSize() throws IOException {
        Path png = directory.resolve("chart.png");

        TimelineChart.write(TIMELINE, "Mixed load", OptionalInt.empty(), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TimelineChart.HEIGHT);
    }

    @Test
    void drawsSomethingOnIt() throws IOException {
        Path png = directory.resolve("chart.png");

        TimelineChart.write(TIMELINE, "Mixed load", OptionalInt.empty(), png);

        assertThat(colours(ImageIO.read(png.toFile()))).hasSizeGreaterThan(20);
    }

    @Test
    void marksTheFaultsSecond() throws IOException {
        Path plain = directory.resolve("plain.png");
        Path marked = directory.resolve("marked.png");

        TimelineChart.write(TIMELINE, "kill -9 of ledger-service", OptionalInt.empty(), plain);
        TimelineChart.write(TIMELINE, "kill -9 of ledger-service", OptionalInt.of(30), marked);

        assertThat(differingPixels(ImageIO.read(plain.toFile()), ImageIO.read(marked.toFile()))).isGreaterThan(500);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                differing += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return differing;
    }
}
