package dev.tradebook.local;

/** Where the services' databases live: the URL prefix (without database name) and the login. */
public record Database(String urlPrefix, String username, String password) {

    public String url(String database) {
        return urlPrefix + "/" + database;
    }
}
