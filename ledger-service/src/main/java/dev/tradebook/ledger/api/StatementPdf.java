package dev.tradebook.ledger.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import dev.tradebook.ledger.config.CompanySettings;

/** Prints a statement on A4 pages: the company and customer header, one row a line, and the totals. */
@ApplicationScoped
public class StatementPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float[] COLUMNS = {MARGIN, 120, 230, 330, 410, 490};
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final CompanySettings company;

    public StatementPdf(CompanySettings company) {
        this.company = company;
    }

    byte[] render(StatementView statement) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Pages pages = new Pages(document);
            pages.text(BOLD, 14, MARGIN, company.name());
            company.address().forEach(line -> pages.text(REGULAR, 10, MARGIN, line));
            pages.skip();
            pages.text(BOLD, 12, MARGIN, ("PERIOD".equals(statement.kind()) ? "Statement of account" : "Open-item statement")
                    + " — " + statement.customerName() + " (" + statement.customer() + ")");
            pages.text(REGULAR, 10, MARGIN, period(statement) + "   Currency: " + statement.currency());
            pages.skip();
            if ("PERIOD".equals(statement.kind())) {
                pages.text(REGULAR, 10, MARGIN, "Opening balance: " + amount(statement.openingBalance()));
                pages.row(BOLD, "Date", "Type", "Document", "Debit", "Credit", "Balance");
                for (StatementView.Line line : statement.lines()) {
                    pages.row(REGULAR, line.date().toString(), line.kind(), line.document(), amount(line.debit()),
                            amount(line.credit()), amount(line.balance()));
                }
            } else {
                pages.row(BOLD, "Date", "Type", "Document", "Due", "Amount", "Outstanding");
                for (OpenItemView item : statement.openItems()) {
                    pages.row(REGULAR, item.date().toString(), item.kind(), item.document(),
                            item.dueDate() == null ? "" : item.dueDate().toString(), amount(item.amount()),
                            amount(item.outstanding()));
                }
            }
            pages.skip();
            pages.text(BOLD, 11, MARGIN, "Closing balance: " + amount(statement.closingBalance()) + " " + statement.currency());
            pages.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the statement of " + statement.customer(), e);
        }
    }

    private static String period(StatementView statement) {
        if (!"PERIOD".equals(statement.kind())) {
            return "As of " + statement.asOf();
        }
        return (statement.from() == null ? "From the first posting" : "From " + statement.from()) + " to " + statement.to();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** Writes line after line, starting a new page when one is full. */
    private static final class Pages {

        private final PDDocument document;
        private final List<PDPageContentStream> streams = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void text(PDType1Font font, float size, float x, String text) {
            breakPageIfFull();
            draw(font, size, x, text);
            y -= LEADING;
        }

        void row(PDType1Font font, String... cells) {
            breakPageIfFull();
            for (int i = 0; i < cells.length; i++) {
                draw(font, 9, COLUMNS[i], cells[i]);
            }
            y -= LEADING;
        }

        void skip() {
            y -= LEADING;
        }

        void close() throws IOException {
            for (PDPageContentStream open : streams) {
                open.close();
            }
        }

        private void breakPageIfFull() {
            if (y < MARGIN) {
                try {
                    newPage();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void draw(PDType1Font font, float size, float x, String text) {
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, y);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            streams.add(stream);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
