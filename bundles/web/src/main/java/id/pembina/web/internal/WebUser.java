package id.pembina.web.internal;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user, kept in the HTTP session. */
record WebUser(String name, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "pembina.web.user";
}
