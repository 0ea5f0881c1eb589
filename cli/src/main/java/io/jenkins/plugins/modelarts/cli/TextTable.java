package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.core.text.ConsoleText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain, left-aligned text table with a header row; cells are made safe with {@link ConsoleText#safe(String)}. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row[i] = cell == null ? "-" : ConsoleText.safe(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    String render() {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - row[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return Arrays.toString(rows.get(0)) + " x" + (rows.size() - 1);
    }
}
