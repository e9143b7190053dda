package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.BasicType;
import org.hibernate.type.CollectionType;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.Type;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import dev.tradebook.platform.runtime.outbox.OutboxEntry;
import dev.tradebook.platform.runtime.outbox.OutboxEvent;

/**
 * New entities written with PostgreSQL COPY instead of one INSERT each: the tables, columns and values come from
 * Hibernate's own mapping of each entity (its basic properties and its collections), so no column list is kept
 * a second time and a column added to an entity is copied with it. For entities inserted whole that never enter
 * the session: an id the database would generate on insert is not supported; one from a sequence is taken from
 * the entity's own generator (in its blocks), before the rows are copied. Tables are copied in the order their
 * first row was added, so an entity is added before the rows that refer to it, except the tables of the entities
 * named to go first: their references to the rows copied after them must be checked at commit (deferred).
 */
final class CopiedRows {

    private final SessionImplementor session;
    private final Map<EntityPersister, List<Column>> layouts = new HashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Set<String> first = new HashSet<>();

    /** {@code copiedFirst}: the entities whose rows go in before the others (see the class). */
    CopiedRows(EntityManager entities, Class<?>... copiedFirst) {
        this.session = entities.unwrap(SessionImplementor.class);
        for (Class<?> entityType : copiedFirst) {
            first.add(((AbstractEntityPersister) session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(entityType)).getTableName());
        }
    }

    /**
     * Gives the entity, and the entities of its one-to-many collections, their ids now where their mapping
     * generates them (a contact's, a history entry's): they are part of what is recorded about it.
     */
    void assignIds(Object entity) {
        EntityPersister persister = persister(entity);
        Generator generator = persister.getGenerator();
        if (persister.getIdentifier(entity, session) == null && generator instanceof BeforeExecutionGenerator before
                && !generator.generatedOnExecution()) {
            persister.setIdentifier(entity, before.generate(session, entity, null, EventType.INSERT), session);
        }
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] instanceof CollectionType collectionType && collection(collectionType).isOneToMany()
                    && persister.getValue(entity, i) instanceof Collection<?> elements) {
                elements.forEach(this::assignIds);
            }
        }
    }

    /** Adds the entity's row and the rows of its collections; its ids must be set (see {@link #assignIds}). */
    void add(Object entity) {
        add(entity, List.of(), List.of());
    }

    /** Adds the outbox row of an event, to be copied with the rows of the change it reports. */
    void addEvent(OutboxEntry<?> event) {
        add(OutboxEvent.of(event));
    }

    /** Writes every row added so far, table by table, and forgets them. */
    void copy() {
        try {
            List<Table> ordered = new ArrayList<>(tables.values());
            ordered.sort(Comparator.comparing(table -> !first.contains(table.name)));
            for (Table table : ordered) {
                if (table.rows > 0) {
                    session.doWork(connection -> copy(connection.unwrap(PGConnection.class), table));
                }
            }
        } finally {
            tables.clear();
        }
    }

    /** The columns a row of {@code entityType} is copied into, its collections' tables apart (for a test). */
    List<String> columnsOf(Class<?> entityType) {
        return layout(session.getFactory().getMappingMetamodel().getEntityDescriptor(entityType)).stream()
                .map(Column::name).toList();
    }

    private void add(Object entity, List<String> extraColumns, List<Object> extraValues) {
        EntityPersister persister = persister(entity);
        List<Column> layout = layout(persister);
        Table table = tables.computeIfAbsent(((AbstractEntityPersister) persister).getTableName(), name -> {
            List<String> names = new ArrayList<>(extraColumns);
            layout.forEach(column -> names.add(column.name()));
            return new Table(name, names);
        });
        StringBuilder row = table.text;
        extraValues.forEach(value -> append(row, value, null));
        for (Column column : layout) {
            Object value = column.property() < 0 ? persister.getIdentifier(entity, session)
                    : persister.getValue(entity, column.property());
            append(row, value, column.type());
        }
        table.endRow();
        addCollections(persister, entity);
    }

    private void addCollections(EntityPersister persister, Object entity) {
        Type[] types = persister.getPropertyTypes();
        Object id = persister.getIdentifier(entity, session);
        for (int i = 0; i < types.length; i++) {
            if (!(types[i] instanceof CollectionType collectionType)) {
                continue;
            }
            AbstractCollectionPersister collection = collection(collectionType);
            Object value = persister.getValue(entity, i);
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, element) -> addElement(collection, id, key, element));
            } else if (value instanceof List<?> list) {
                for (int position = 0; position < list.size(); position++) {
                    addElement(collection, id, collection.hasIndex() ? position : null, list.get(position));
                }
            } else if (value instanceof Collection<?> elements) {
                elements.forEach(element -> addElement(collection, id, null, element));
            }
        }
    }

    private void addElement(AbstractCollectionPersister collection, Object ownerId, Object index, Object element) {
        List<String> columns = new ArrayList<>(List.of(collection.getKeyColumnNames()));
        List<Object> values = new ArrayList<>(List.of(ownerId));
        if (index != null) {
            columns.addAll(List.of(collection.getIndexColumnNames()));
            values.add(index instanceof Enum<?> e ? e.name() : index);
        }
        if (collection.isOneToMany()) {
            add(element, columns, values);
            return;
        }
        columns.addAll(List.of(collection.getElementColumnNames()));
        Table table = tables.computeIfAbsent(collection.getTableName(), name -> new Table(name, columns));
        values.forEach(value -> append(table.text, value, null));
        append(table.text, element, collection.getElementType());
        table.endRow();
    }

    /** The id, then every insertable basic property with its column; collections apart, other associations refused. */
    private List<Column> layout(EntityPersister persister) {
        return layouts.computeIfAbsent(persister, p -> {
            AbstractEntityPersister mapped = (AbstractEntityPersister) p;
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(mapped.getIdentifierColumnNames()[0], -1, p.getIdentifierType()));
            Type[] types = p.getPropertyTypes();
            boolean[] insertable = p.getPropertyInsertability();
            for (int i = 0; i < types.length; i++) {
                String[] names = mapped.getPropertyColumnNames(i);
                if (types[i] instanceof CollectionType || !insertable[i] || names.length == 0) {
                    continue;
                }
                if (!(types[i] instanceof BasicType<?>) || names.length != 1) {
                    throw new IllegalStateException(p.getEntityName() + "." + p.getPropertyNames()[i]
                            + " is no basic one-column property: not copied");
                }
                columns.add(new Column(names[0], i, types[i]));
            }
            return List.copyOf(columns);
        });
    }

    private AbstractCollectionPersister collection(CollectionType type) {
        return (AbstractCollectionPersister) session.getFactory().getMappingMetamodel()
                .getCollectionDescriptor(type.getRole());
    }

    private EntityPersister persister(Object entity) {
        return session.getFactory().getMappingMetamodel().getEntityDescriptor(entity.getClass());
    }

    /** The value in COPY's text format, then a tab. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void append(StringBuilder row, Object value, Type type) {
        if (value == null) {
            row.append("\\N");
        } else if (type instanceof BasicType basic && basic.getJdbcType().getDefaultSqlTypeCode() == SqlTypes.JSON) {
            escape(row, session.getFactory().getSessionFactoryOptions().getJsonFormatMapper()
                    .toString(value, basic.getJavaTypeDescriptor(), session));
        } else if (value instanceof Enum<?> constant) {
            boolean byName = !(type instanceof BasicType<?> basic) || basic.getJdbcType().isStringLike();
            row.append(byName ? constant.name() : Integer.toString(constant.ordinal()));
        } else if (value instanceof BigDecimal amount) {
            row.append(amount.toPlainString());
        } else if (value instanceof Boolean flag) {
            row.append(flag ? 't' : 'f');
        } else if (value instanceof Instant instant) {
            row.append(instant);
        } else {
            escape(row, value.toString());
        }
        row.append('\t');
    }

    /**
     * The text with COPY's escapes; the runs between them are appended whole. Most values have none: they are
     * appended as they are (a copy of the whole array; a run of a String is appended char by char).
     */
    private static void escape(StringBuilder row, String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            row.append(text);
            return;
        }
        int run = 0;
        for (int i = first; i < text.length(); i++) {
            String escaped = switch (text.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escaped != null) {
                row.append(text, run, i).append(escaped);
                run = i + 1;
            }
        }
        row.append(text, run, text.length());
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\n' || c == '\r' || c == '\t';
    }

    private static void copy(PGConnection connection, Table table) throws SQLException {
        String columns = String.join(", ", table.columns.stream().map(name -> '"' + name + '"').toList());
        CopyIn copy = connection.getCopyAPI().copyIn("COPY " + table.name + " (" + columns + ") FROM STDIN");
        try {
            for (byte[] piece : table.pieces()) {
                copy.writeToCopy(piece, 0, piece.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private record Column(String name, int property, Type type) {
    }

    /**
     * The rows waiting for one table, in COPY's text format: the row being written, then the rows before it in
     * pieces of about {@link #PIECE} characters. A chunk's rows of a table are megabytes; as one array they were a
     * humongous object to G1, each starting a concurrent collection (several a second during an import).
     */
    private static final class Table {

        private static final int PIECE = 64 * 1024;

        private final String name;
        private final List<String> columns;
        private final StringBuilder text = new StringBuilder();
        private final List<byte[]> written = new ArrayList<>();
        private int rows;

        Table(String name, List<String> columns) {
            this.name = name;
            this.columns = List.copyOf(columns);
        }

        /** Ends the row being written (its values are each followed by a tab). */
        void endRow() {
            text.setCharAt(text.length() - 1, '\n');
            rows++;
            if (text.length() >= PIECE) {
                written.add(bytes());
            }
        }

        List<byte[]> pieces() {
            if (!text.isEmpty()) {
                written.add(bytes());
            }
            return written;
        }

        /** The text written since the last piece, in the connection's encoding (UTF-8). */
        private byte[] bytes() {
            byte[] piece = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            return piece;
        }
    }
}
