package org.notebake.privacy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@link PrivacyScanner} looks for and what it lets through, built once from the site
 * config and the {@code privacy.deny} / {@code privacy.allow} files.
 *
 * <pre>{@code
 * PrivacyRules rules = PrivacyRules.builder()
 *     .region("US")
 *     .publicEmail("hello@example.org")
 *     .deny(DenyList.parse("privacy.deny", denyLines, diagnostics))
 *     .allow(AllowList.parse("privacy.allow", allowLines, diagnostics))
 *     .build();
 * }</pre>
 */
public final class PrivacyRules {
  private final String region;
  private final Set<String> publicEmails;
  private final DenyList deny;
  private final Set<String> removedCallouts;
  private final AllowList allow;
  private final FindingIds ids;

  private PrivacyRules(Builder builder) {
    this.region = builder.region;
    this.publicEmails = Set.copyOf(builder.publicEmails);
    this.deny = builder.deny;
    this.removedCallouts = builder.removedCallouts;
    this.allow = builder.allow;
    this.ids = builder.ids;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Region for numbers written without a country code, "US" unless configured. */
  public String region() {
    return region;
  }

  /** Lower-cased addresses (or {@code @domain}s) that may appear on the site. */
  public Set<String> publicEmails() {
    return publicEmails;
  }

  public DenyList deny() {
    return deny;
  }

  /** The callout types that are never published, lower case. */
  public Set<String> removedCallouts() {
    return removedCallouts;
  }

  public AllowList allow() {
    return allow;
  }

  /** How findings are named; {@link FindingIds#unkeyed()} unless the site has its own key. */
  public FindingIds ids() {
    return ids;
  }

  /** Collects the parts of {@link PrivacyRules}; {@link #build()} checks the region. */
  public static final class Builder {
    private String region = "US";
    private final Set<String> publicEmails = new HashSet<>();
    private DenyList deny = DenyList.empty();
    private AllowList allow = AllowList.empty();
    private FindingIds ids = FindingIds.unkeyed();
    private Set<String> removedCallouts = Set.of("private");

    private Builder() {}

    /** The callout types that are never published: their markers left as text are findings. */
    public Builder removedCallouts(Collection<String> types) {
      Set<String> lower = new HashSet<>();
      types.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
      this.removedCallouts = Set.copyOf(lower);
      return this;
    }

    /** An ISO 3166 region code such as "US", "GB" or "DE". */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip().toUpperCase(Locale.ROOT);
      return this;
    }

    /** An address that may be published, or {@code @example.org} for every address there. */
    public Builder publicEmail(String email) {
      publicEmails.add(email.strip().toLowerCase(Locale.ROOT));
      return this;
    }

    public Builder publicEmails(Collection<String> emails) {
      emails.forEach(this::publicEmail);
      return this;
    }

    public Builder deny(DenyList deny) {
      this.deny = Objects.requireNonNull(deny, "deny");
      return this;
    }

    public Builder allow(AllowList allow) {
      this.allow = Objects.requireNonNull(allow, "allow");
      return this;
    }

    public Builder ids(FindingIds ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * @throws IllegalArgumentException if the region is not one libphonenumber knows
     */
    public PrivacyRules build() {
      if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
        throw new IllegalArgumentException(
            "unknown phone region \""
                + region
                + "\"; use a two-letter country code such as US, GB or DE");
      }
      return new PrivacyRules(this);
    }
  }
}
