package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.crimelake.ui.domain.admin.InvalidRunRequestException;
import io.crimelake.ui.domain.admin.RunRequest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The three ways to start a run: incremental, a backfill of a month range, a CSV bootstrap. */
final class RunLauncher extends VerticalLayout {
    private final ComboBox<YearMonth> first = monthPicker("First month", "backfill-start");
    private final ComboBox<YearMonth> last = monthPicker("Last month", "backfill-end");
    private final TextField csvSource = new TextField("CSV export (path or URL)");
    private final Consumer<RunRequest> starter;

    /** @param starter starts the run; it reports failures itself */
    RunLauncher(Consumer<RunRequest> starter, Clock clock) {
        this.starter = requireNonNull(starter, "starter is null");
        List<YearMonth> months = months(YearMonth.now(clock));
        first.setItems(months);
        last.setItems(months);
        csvSource.setId("csv-source");
        // The launcher decides validity when a button is pressed; the fields' own checks on blur would undo it.
        first.setManualValidation(true);
        last.setManualValidation(true);
        csvSource.setManualValidation(true);
        csvSource.setPlaceholder("crimes.csv or https://…/rows.csv?accessType=DOWNLOAD");
        // Ingest reads only these over HTTP; saying so up front spares the operator a refused run.
        csvSource.setHelperText("An http(s) URL, or the name of a file placed in ingest-service's import folder"
                + " (CSV_IMPORT_DIR, default DATA_DIR/import).");
        csvSource.setWidth("32em");

        Button incremental = button("Start incremental run", "start-incremental", RunRequest.Incremental::new);
        Button backfill = button(
                "Start backfill", "start-backfill", () -> new RunRequest.Backfill(first.getValue(), last.getValue()));
        Button csv =
                button("Start CSV bootstrap", "start-csv", () -> new RunRequest.CsvBootstrap(csvSource.getValue()));

        add(new H3("Start a run"), incremental, row(first, last, backfill), row(csvSource, csv));
        setPadding(false);
    }

    private Button button(String text, String id, Supplier<RunRequest> request) {
        Button button = new Button(text, click -> start(request));
        button.setId(id);
        // One click, one run: a double click must not queue a second request.
        button.setDisableOnClick(true);
        button.addClickListener(click -> button.setEnabled(true));
        return button;
    }

    private void start(Supplier<RunRequest> request) {
        clearErrors();
        RunRequest built;
        try {
            built = request.get();
        } catch (InvalidRunRequestException e) {
            HasValidation field = switch (e.field()) {
                case "first" -> first;
                case "last" -> last;
                default -> csvSource;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        starter.accept(built);
    }

    private void clearErrors() {
        first.setInvalid(false);
        last.setInvalid(false);
        csvSource.setInvalid(false);
    }

    private static ComboBox<YearMonth> monthPicker(String label, String id) {
        ComboBox<YearMonth> picker = new ComboBox<>(label);
        picker.setId(id);
        picker.setItemLabelGenerator(YearMonth::toString);
        picker.setPlaceholder("yyyy-MM");
        picker.setWidth("10em");
        return picker;
    }

    /** Every month the dataset can have, newest first. */
    private static List<YearMonth> months(YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = current; !month.isBefore(RunRequest.FIRST_MONTH); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
