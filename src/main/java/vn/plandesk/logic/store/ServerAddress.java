package vn.plandesk.logic.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.i18n.Messages;

/**
 * An office's PostgreSQL server as the user writes it after {@code --db}:
 * {@code postgresql://host[:port][/database][?user=NAME&sslmode=MODE]}.
 *
 * <p>The text is taken apart and every part checked against a narrow rule (a host name or IP
 * address, a port number, plain names for the database and the user); the connection is then built
 * from those parts alone, never from the text, so nothing written in the address can add a setting
 * to the connection. A password is refused wherever it is written: it belongs in the PostgreSQL
 * password file ({@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}), which the driver reads,
 * so it is never on a command line, in a log or in PlanDesk's settings. TLS is used when the server
 * offers it ({@code sslmode=prefer}) unless the address asks for more or less.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) implements StoreLocation {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_DATABASE = "plandesk";
    public static final String DEFAULT_SSL_MODE = "prefer";

    private static final Set<String> SCHEMES = Set.of("postgresql://", "postgres://");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern SHAPE = Pattern.compile("(?<userinfo>[^@/?#]*@)?(?<host>\\[[^\\]/]*\\]|[^:/?#]*)"
            + "(?::(?<port>[^/?#]*))?(?:/(?<database>[^?#]*))?(?:\\?(?<query>[^#]*))?");
    private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}]");
    /** Database and role names: letters (Vietnamese ones too), digits, _ . - ; at most PostgreSQL's 63 bytes. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,62}");

    public ServerAddress {
        if (!HOST_NAME.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw new IllegalArgumentException("host");
        }
        if (port < 1 || port > 65535 || !NAME.matcher(database).matches() || !NAME.matcher(user).matches()
                || !SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("address part");
        }
    }

    /** True for text written as a server address (it starts with {@code postgresql://} or {@code postgres://}). */
    public static boolean looksLikeOne(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return SCHEMES.stream().anyMatch(lower::startsWith);
    }

    /** The address in {@code text}, or a sentence saying which part cannot be used (never echoing a password). */
    public static ServerAddress parse(String text) throws StoreException {
        String trimmed = text.strip();
        String rest = trimmed.substring(trimmed.indexOf("://") + 3);
        Matcher m = SHAPE.matcher(rest);
        if (!m.matches()) {
            throw refused(trimmed, "server.part.shape");
        }
        Map<String, String> query = query(m.group("query"), trimmed);
        if (m.group("userinfo") != null && m.group("userinfo").contains(":") || query.containsKey("password")) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "server.passwordInAddress");
        }
        String host = m.group("host");
        if (!HOST_NAME.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw refused(trimmed, "server.part.host");
        }
        int port = port(m.group("port"), trimmed);
        String database = m.group("database") == null || m.group("database").isEmpty() ? DEFAULT_DATABASE : m.group("database");
        if (!NAME.matcher(database).matches()) {
            throw refused(trimmed, "server.part.database");
        }
        String user = m.group("userinfo") != null ? stripAt(m.group("userinfo")) : query.get("user");
        if (m.group("userinfo") != null && query.containsKey("user")) {
            throw refused(trimmed, "server.part.user");
        }
        if (user == null) {
            user = System.getProperty("user.name", ""); // as psql does: the operating system's user name
        }
        if (!NAME.matcher(user).matches()) {
            throw refused(trimmed, "server.part.user");
        }
        String sslMode = query.getOrDefault("sslmode", DEFAULT_SSL_MODE);
        if (!SSL_MODES.contains(sslMode)) {
            throw refused(trimmed, "server.part.sslmode");
        }
        return new ServerAddress(host, port, database, user, sslMode);
    }

    private static Map<String, String> query(String query, String text) throws StoreException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equalsIgnoreCase("password")) {
                parameters.put("password", "");
                continue;
            }
            if (eq < 0 || !(name.equals("user") || name.equals("sslmode")) || parameters.containsKey(name)) {
                throw refused(text, "server.part.parameter");
            }
            parameters.put(name, pair.substring(eq + 1));
        }
        return parameters;
    }

    private static int port(String port, String text) throws StoreException {
        if (port == null) {
            return DEFAULT_PORT;
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw refused(text, "server.part.port");
        }
        return Integer.parseInt(port);
    }

    private static String stripAt(String userinfo) {
        return userinfo.substring(0, userinfo.length() - 1);
    }

    private static StoreException refused(String text, String partKey) {
        // one line: control characters of a pasted address would break it
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return new StoreException(StoreException.Reason.CANNOT_OPEN, "server.badAddress", shown,
                Messages.get(partKey));
    }

    /** The host as the driver takes it: an IPv6 address without its brackets. */
    String hostForDriver() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The address as PlanDesk shows it (it never holds a password). */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user
                + (sslMode.equals(DEFAULT_SSL_MODE) ? "" : "&sslmode=" + sslMode);
    }
}
