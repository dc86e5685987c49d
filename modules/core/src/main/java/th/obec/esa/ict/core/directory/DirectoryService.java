package th.obec.esa.ict.core.directory;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.BindResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.core.api.DirectoryAccount;
import th.obec.esa.ict.core.api.DirectoryListing;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The office's directory over a real LDAP connection: checks a password by binding as the
 * person, finds people and their groups. Connections come from a small pool, opened on first use
 * so that the application starts even while the directory is away (readiness then says DOWN).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryService {

  private static final Logger LOG = Logger.getLogger(DirectoryService.class.getName());

  private volatile DirectoryConfig config;
  private volatile LDAPConnectionPool pool;
  /**
   * Connections for checking passwords only: a user's bind changes who a connection is, so these
   * never search (the search pool stays bound as the service account), and each new check binds
   * again. Kept open: a new connection per sign-in and per API request (TLS on ldaps) was a third of
   * the server's CPU under the bad-input corpus.
   */
  private volatile LDAPConnectionPool bindPool;

  /**
   * Checks a user id and password against the directory.
   *
   * @return the person when the password is right; empty when the user is unknown or the
   *     password wrong (the two are not told apart, on purpose)
   * @throws DirectoryUnavailableException when the directory cannot be reached
   */
  public Optional<DirectoryPerson> authenticate(String uid, String password) {
    if (uid == null || uid.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    Optional<SearchResultEntry> entry = findEntry(uid.trim());
    if (entry.isEmpty()) {
      // an unknown user id costs the same bind as a known one: the answer's time tells a guesser
      // nothing about which accounts exist
      bindNobody(password);
      return Optional.empty();
    }
    try {
      BindResult r = bindPool().bind(new SimpleBindRequest(entry.get().getDN(), password));
      if (r.getResultCode() != ResultCode.SUCCESS) {
        return Optional.empty();
      }
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
        return Optional.empty();
      }
      throw unavailable(e);
    }
    return Optional.of(toPerson(entry.get()));
  }

  private void bindNobody(String password) {
    try {
      bindPool().bind(new SimpleBindRequest("uid=" + java.util.UUID.randomUUID() + "," + config().userBase(), password));
    } catch (LDAPException e) {
      // expected: no such entry, or invalid credentials
    } catch (RuntimeException e) {
      // the directory being away is reported by the caller's next step, not here
    }
  }

  /** The person with this user id, without checking any password. */
  public Optional<DirectoryPerson> find(String uid) {
    return findEntry(uid).map(this::toPerson);
  }

  /** The most accounts one listing reads: far above an office (40–120 people), a guard against a wrong base. */
  static final int LIST_LIMIT = 5000;

  /**
   * Every account under the user base that matches the account filter, with the names of the
   * attribute map and whether it matches the disabled filter (a second search, evaluated by the
   * directory itself: AD's bitwise rule is not something a client can evaluate).
   */
  public DirectoryListing listAccounts() {
    DirectoryConfig cfg = config();
    try {
      Filter accountFilter = Filter.create(cfg.accountFilter());
      String[] attributes = {cfg.uidAttribute(), cfg.nameAttribute(), "cn", cfg.givenNameAttribute(),
          cfg.familyNameAttribute()};
      SearchRequest all = new SearchRequest(cfg.userBase(), SearchScope.SUB, accountFilter, attributes);
      all.setSizeLimit(LIST_LIMIT);
      List<SearchResultEntry> entries = pool().search(all).getSearchEntries();
      Set<String> disabled = new java.util.HashSet<>();
      String disabledFilter = cfg.disabledFilter();
      if (disabledFilter != null && !disabledFilter.isBlank() && !"none".equalsIgnoreCase(disabledFilter.trim())) {
        SearchRequest off = new SearchRequest(cfg.userBase(), SearchScope.SUB,
            Filter.createANDFilter(accountFilter, Filter.create(disabledFilter)), SearchRequest.NO_ATTRIBUTES);
        off.setSizeLimit(LIST_LIMIT);
        for (SearchResultEntry e : pool().search(off).getSearchEntries()) {
          disabled.add(e.getParsedDN().toNormalizedString());
        }
      }
      List<DirectoryAccount> accounts = new ArrayList<>();
      for (SearchResultEntry e : entries) {
        String uid = e.getAttributeValue(cfg.uidAttribute());
        if (uid == null || uid.isBlank()) {
          continue;
        }
        accounts.add(new DirectoryAccount(uid, e.getDN(),
            firstNonBlank(e.getAttributeValue(cfg.nameAttribute()), e.getAttributeValue("cn")),
            e.getAttributeValue(cfg.givenNameAttribute()), e.getAttributeValue(cfg.familyNameAttribute()),
            disabled.contains(e.getParsedDN().toNormalizedString())));
      }
      return new DirectoryListing(true, null, accounts);
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
        return DirectoryListing.unreachable("more than " + LIST_LIMIT + " accounts under " + cfg.userBase()
            + ": check ict.ldap.user-base and ict.ldap.account-filter");
      }
      if (e.getResultCode() == ResultCode.FILTER_ERROR) {
        return DirectoryListing.unreachable("a filter is not valid LDAP (ict.ldap.account-filter, ict.ldap.disabled-filter): "
            + e.getMessage());
      }
      LOG.log(Level.WARNING, "directory listing failed: {0}", e.getMessage());
      if (!e.getResultCode().isConnectionUsable()) {
        close();
      }
      return DirectoryListing.unreachable(e.getResultCode() + ": " + e.getDiagnosticMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "directory listing failed", e);
      return DirectoryListing.unreachable(e.toString());
    }
  }

  /** Replaces the configuration (tests of another attribute map); the pools are reopened with it. */
  void useConfig(DirectoryConfig c) {
    close();
    pool = null;
    bindPool = null;
    config = c;
  }

  /**
   * Every account under the user base that the account filter matches and the disabled filter does
   * not ({@link #listAccounts}' rules), with their groups and roles: the people a daily
   * notification may go to. One search, then one group search per person; meant for a nightly
   * job, not a page.
   *
   * @throws DirectoryUnavailableException when the directory cannot be reached
   */
  public List<DirectoryPerson> people() {
    DirectoryConfig cfg = config();
    try {
      Filter f = Filter.create(cfg.accountFilter());
      String disabledFilter = cfg.disabledFilter();
      if (disabledFilter != null && !disabledFilter.isBlank() && !"none".equalsIgnoreCase(disabledFilter.trim())) {
        f = Filter.createANDFilter(f, Filter.createNOTFilter(Filter.create(disabledFilter)));
      }
      SearchRequest all = new SearchRequest(cfg.userBase(), SearchScope.SUB, f);
      all.setSizeLimit(LIST_LIMIT);
      List<DirectoryPerson> out = new ArrayList<>();
      for (SearchResultEntry e : pool().search(all).getSearchEntries()) {
        if (e.getAttributeValue(cfg.uidAttribute()) != null) {
          out.add(toPerson(e));
        }
      }
      return out;
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
        return List.of();
      }
      throw unavailable(e);
    }
  }

  /** Whether the application may create accounts in this directory ({@code ict.ldap.writable}). */
  public boolean isWritable() {
    return config().writable();
  }

  /**
   * Creates a person under the user base with the bind account and adds them to the groups under
   * the group base, creating a missing group with them as its first member. The password goes to
   * the directory only (an office directory hashes it by its own policy); the caller keeps no copy.
   *
   * @throws DirectoryWriteException when the directory is read-only by configuration, or refuses
   *     the entry (for example, the user id exists)
   * @throws DirectoryUnavailableException when the directory cannot be reached
   */
  public DirectoryPerson createAccount(NewDirectoryAccount account, char[] initialPassword) {
    DirectoryConfig cfg = config();
    if (!cfg.writable()) {
      throw new DirectoryWriteException("the directory is read-only (ict.ldap.writable=false)", null);
    }
    if (findEntry(account.uid()).isPresent()) {
      throw new DirectoryWriteException("the user id exists: " + account.uid(), null);
    }
    String dn = new RDN(cfg.uidAttribute(), account.uid()).toString() + "," + cfg.userBase();
    byte[] password = new String(initialPassword).getBytes(StandardCharsets.UTF_8);
    try {
      List<Attribute> attributes = new ArrayList<>();
      attributes.add(new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"));
      attributes.add(new Attribute(cfg.uidAttribute(), account.uid()));
      attributes.add(new Attribute("cn", account.thaiName()));
      attributes.add(new Attribute("sn", lastWord(account.thaiName())));
      attributes.add(new Attribute(cfg.nameAttribute(), account.thaiName()));
      optional(attributes, cfg.englishNameAttribute(), account.englishName());
      optional(attributes, "title", account.title());
      optional(attributes, "ou", account.unit());
      optional(attributes, "mail", account.mail());
      attributes.add(new Attribute("userPassword", password));
      pool().add(new AddRequest(dn, attributes));
      for (String group : account.groups()) {
        addMember(cfg, group, dn);
      }
    } catch (LDAPException e) {
      if (e.getResultCode().isConnectionUsable()) {
        throw new DirectoryWriteException(e.getResultCode() + ": " + e.getDiagnosticMessage(), e);
      }
      throw unavailable(e);
    } finally {
      Arrays.fill(password, (byte) 0);
    }
    LOG.info(() -> "directory account created: " + dn + " in " + account.groups());
    return find(account.uid()).orElseThrow(() -> new DirectoryWriteException("created but not found: " + dn, null));
  }

  private void addMember(DirectoryConfig cfg, String group, String memberDn) throws LDAPException {
    String groupDn = new RDN("cn", group).toString() + "," + cfg.groupBase();
    try {
      pool().modify(new ModifyRequest(groupDn, new Modification(ModificationType.ADD, "member", memberDn)));
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
        pool().add(new AddRequest(groupDn, List.of(new Attribute("objectClass", "top", "groupOfNames"),
            new Attribute("cn", group), new Attribute("member", memberDn))));
      } else if (e.getResultCode() != ResultCode.ATTRIBUTE_OR_VALUE_EXISTS) {
        throw e;
      }
    }
  }

  private static void optional(List<Attribute> attributes, String name, String value) {
    if (value != null && !value.isBlank()) {
      attributes.add(new Attribute(name, value));
    }
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  /** True when the directory answers a search now. */
  public boolean isReachable() {
    try {
      pool().getRootDSE();
      return true;
    } catch (LDAPException | RuntimeException e) {
      LOG.log(Level.FINE, "directory not reachable", e);
      return false;
    }
  }

  private Optional<SearchResultEntry> findEntry(String uid) {
    DirectoryConfig cfg = config();
    try {
      Filter f = Filter.create(cfg.userFilter().replace("{0}", Filter.encodeValue(uid)));
      List<SearchResultEntry> found = pool().search(cfg.userBase(), SearchScope.SUB, f).getSearchEntries();
      return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
        return Optional.empty();
      }
      throw unavailable(e);
    }
  }

  private DirectoryPerson toPerson(SearchResultEntry e) {
    DirectoryConfig cfg = config();
    Set<String> groups = groupsOf(e.getDN());
    Set<String> roles = new TreeSet<>();
    groups.forEach(g -> roles.add(cfg.roleOf(g)));
    roles.add(Roles.STAFF);
    String thai = firstNonBlank(e.getAttributeValue(cfg.nameAttribute()), e.getAttributeValue("cn"));
    return new DirectoryPerson(
        e.getAttributeValue(cfg.uidAttribute()), e.getDN(), thai,
        e.getAttributeValue(cfg.englishNameAttribute()),
        e.getAttributeValue("title"), e.getAttributeValue("ou"), e.getAttributeValue("mail"),
        Collections.unmodifiableSet(groups), Collections.unmodifiableSet(roles));
  }

  private Set<String> groupsOf(String dn) {
    DirectoryConfig cfg = config();
    try {
      Filter f = Filter.create(cfg.groupFilter().replace("{0}", Filter.encodeValue(dn)));
      Set<String> groups = new LinkedHashSet<>();
      for (SearchResultEntry g : pool().search(cfg.groupBase(), SearchScope.SUB, f, "cn").getSearchEntries()) {
        groups.add(g.getAttributeValue("cn"));
      }
      return groups;
    } catch (LDAPException e) {
      throw unavailable(e);
    }
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private DirectoryConfig config() {
    DirectoryConfig c = config;
    if (c == null) {
      c = DirectoryConfig.from(ConfigProvider.getConfig());
      config = c;
    }
    return c;
  }

  private LDAPConnection connect() throws LDAPException {
    LDAPURL url = new LDAPURL(config().url());
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis(config().connectTimeoutMillis());
    options.setResponseTimeoutMillis(10_000);
    if ("ldaps".equalsIgnoreCase(url.getScheme())) {
      try {
        javax.net.ssl.SSLSocketFactory ssl = (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault();
        return new LDAPConnection(ssl, options, url.getHost(), url.getPort());
      } catch (RuntimeException e) {
        throw new LDAPException(ResultCode.CONNECT_ERROR, "TLS connection failed", e);
      }
    }
    return new LDAPConnection(options, url.getHost(), url.getPort());
  }

  private LDAPConnectionPool pool() throws LDAPException {
    LDAPConnectionPool p = pool;
    if (p == null || p.isClosed()) {
      synchronized (this) {
        p = pool;
        if (p == null || p.isClosed()) {
          LDAPConnection c = connect();
          DirectoryConfig cfg = config();
          if (cfg.bindDn() != null && !cfg.bindDn().isBlank()) {
            c.bind(cfg.bindDn(), cfg.bindPassword());
          }
          p = new LDAPConnectionPool(c, 1, 8);
          p.setRetryFailedOperationsDueToInvalidConnections(true);
          pool = p;
        }
      }
    }
    return p;
  }

  private LDAPConnectionPool bindPool() throws LDAPException {
    LDAPConnectionPool p = bindPool;
    if (p == null || p.isClosed()) {
      synchronized (this) {
        p = bindPool;
        if (p == null || p.isClosed()) {
          p = new LDAPConnectionPool(connect(), 1, 8);
          p.setRetryFailedOperationsDueToInvalidConnections(true);
          bindPool = p;
        }
      }
    }
    return p;
  }

  private DirectoryUnavailableException unavailable(LDAPException e) {
    LOG.log(Level.WARNING, "directory error: {0}", e.getMessage());
    if (!e.getResultCode().isConnectionUsable()) {
      close();
    }
    return new DirectoryUnavailableException(e);
  }

  @PreDestroy
  void close() {
    for (LDAPConnectionPool p : new LDAPConnectionPool[] {pool, bindPool}) {
      if (p != null) {
        p.close();
      }
    }
  }
}
