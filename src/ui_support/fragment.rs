//! Options in the URL fragment: `#embed&lang=de&theme=dark`, and share links
//! (`#lang=de&client=device-basic&date=2027-01-01`, with `&input=…` only if the user asks).
//!
//! The fragment never reaches a server, so options there stay in the browser. Parts are
//! separated by `&`; each is `key` or `key=value`, values percent-decoded. Unknown keys are
//! ignored (other features may add their own), invalid values are dropped, and the first
//! valid occurrence of a key wins.

/// What the fragment asks for. `Default` is the full page in the user's language and theme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FragmentOptions {
    /// `embed`: compact view inside an iframe (no page chrome, reports its height).
    pub embed: bool,
    /// `lang=de`: a language tag (ASCII letters, digits, `-`; at most 35), lowercased.
    pub lang: Option<String>,
    /// `theme=dark`: a theme name (ASCII letters, digits, `-`; at most 20), lowercased.
    pub theme: Option<String>,
    /// `client=device-basic`: the client scenario's code.
    pub client: Option<String>,
    /// `date=2027-01-01`: the evaluation date.
    pub date: Option<String>,
    /// `input=…`: pasted output, present only when the sharer chose to include it.
    pub input: Option<String>,
}

impl FragmentOptions {
    /// Parses a fragment with or without its leading `#`. Never fails: what it cannot read,
    /// it leaves at the default.
    pub fn parse(fragment: &str) -> Self {
        let mut options = Self::default();
        let mut embed = None;
        // With or without its `#`, as the doc says.
        for part in fragment.strip_prefix('#').unwrap_or(fragment).split('&') {
            let (key, value) = match part.split_once('=') {
                Some((key, value)) => (key, Some(value)),
                None => (part, None),
            };
            let value = value.and_then(percent_decode);
            match key {
                "embed" if embed.is_none() => embed = flag(value.as_deref()),
                "lang" if options.lang.is_none() => options.lang = value.and_then(|v| token(&v, 35)),
                "theme" if options.theme.is_none() => options.theme = value.and_then(|v| token(&v, 20)),
                "client" if options.client.is_none() => options.client = value.and_then(|v| token(&v, 20)),
                "date" if options.date.is_none() => options.date = value.and_then(|v| token(&v, 10)),
                "input" if options.input.is_none() => options.input = value,
                _ => {}
            }
        }
        // No `embed` key: not embedded.
        options.embed = embed.unwrap_or(false);
        options
    }

    /// The fragment that restores these options (`#` included); `embed` is left out, a share
    /// link opens the full page.
    pub fn to_fragment(&self) -> String {
        let mut fragment = String::from("#");
        let parts = [("lang", &self.lang), ("theme", &self.theme), ("client", &self.client), ("date", &self.date), ("input", &self.input)];
        for (key, value) in parts {
            if let Some(value) = value {
                if fragment.len() > 1 {
                    fragment.push('&');
                }
                fragment.push_str(key);
                fragment.push('=');
                percent_encode(value, &mut fragment);
            }
        }
        fragment
    }
}

/// Appends `value` to `out` with everything but RFC 3986's unreserved characters escaped (the
/// hex digits by hand: a formatted `{:02X}` linked a hex formatter for this one use).
fn percent_encode(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for digit in [byte >> 4, byte & 0xF] {
                out.extend(char::from_digit(u32::from(digit), 16).map(|digit| digit.to_ascii_uppercase()));
            }
        }
    }
}

/// `embed`, `embed=1`, `embed=true` are on; `embed=0`, `embed=false` are off.
fn flag(value: Option<&str>) -> Option<bool> {
    match value {
        None | Some("" | "1" | "true" | "yes" | "on") => Some(true),
        Some("0" | "false" | "no" | "off") => Some(false),
        Some(_) => None,
    }
}

/// A short lowercase token of ASCII letters, digits and `-`, or nothing.
fn token(value: &str, max_len: usize) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= max_len
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    ok.then(|| value.to_ascii_lowercase())
}

/// Decodes `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::FragmentOptions;

    fn opts(embed: bool, lang: Option<&str>, theme: Option<&str>) -> FragmentOptions {
        FragmentOptions { embed, lang: lang.map(str::to_owned), theme: theme.map(str::to_owned), ..FragmentOptions::default() }
    }

    #[test]
    fn full_embed_fragment() {
        assert_eq!(FragmentOptions::parse("#embed&lang=de&theme=dark"), opts(true, Some("de"), Some("dark")));
        assert_eq!(FragmentOptions::parse("theme=dark&embed&lang=de"), opts(true, Some("de"), Some("dark")));
    }

    #[test]
    fn empty_and_plain_fragments_are_the_full_page() {
        assert_eq!(FragmentOptions::parse(""), FragmentOptions::default());
        assert_eq!(FragmentOptions::parse("#"), FragmentOptions::default());
        assert_eq!(FragmentOptions::parse("#results"), FragmentOptions::default());
        assert_eq!(FragmentOptions::parse("#lang=de"), opts(false, Some("de"), None));
    }

    #[test]
    fn embed_flag_values() {
        assert!(FragmentOptions::parse("#embed=1").embed);
        assert!(FragmentOptions::parse("#embed=true").embed);
        assert!(!FragmentOptions::parse("#embed=0").embed);
        assert!(!FragmentOptions::parse("#embed=false").embed);
        assert!(!FragmentOptions::parse("#embed=maybe").embed);
        assert!(!FragmentOptions::parse("#embedded").embed);
        // The first valid occurrence wins.
        assert!(!FragmentOptions::parse("#embed=0&embed").embed);
    }

    #[test]
    fn values_are_decoded_validated_and_lowercased() {
        assert_eq!(FragmentOptions::parse("#lang=de-CH").lang.as_deref(), Some("de-ch"));
        assert_eq!(FragmentOptions::parse("#lang=de%2DAT").lang.as_deref(), Some("de-at"));
        assert_eq!(FragmentOptions::parse("#theme=DARK").theme.as_deref(), Some("dark"));
        for bad in ["#lang=", "#lang", "#lang=%3Cb%3E", "#lang=de%", "#lang=%zz", "#lang=-de",
            "#lang=de_DE", "#lang=%C3%A9", "#theme=dark%20mode", "#theme=a-very-long-theme-name-indeed"] {
            let parsed = FragmentOptions::parse(bad);
            assert_eq!((parsed.lang, parsed.theme), (None, None), "{bad}");
        }
        // An invalid value does not hide a later valid one.
        assert_eq!(FragmentOptions::parse("#lang=<x>&lang=fr").lang.as_deref(), Some("fr"));
    }

    #[test]
    fn unknown_keys_are_ignored() {
        assert_eq!(FragmentOptions::parse("#embed&redact=1&lang=de"), opts(true, Some("de"), None));
    }

    #[test]
    fn share_links_round_trip_settings_and_any_text() {
        let options = FragmentOptions {
            lang: Some("de".into()),
            client: Some("device-basic".into()),
            date: Some("2027-01-01".into()),
            input: Some("Name : O'Brien & Co\n100% <b>ä</b> #x".into()),
            ..FragmentOptions::default()
        };
        let fragment = options.to_fragment();
        assert!(!fragment.contains(' ') && !fragment[1..].contains('#') && !fragment.contains('<'), "{fragment}");
        assert_eq!(FragmentOptions::parse(&fragment), options);
    }

    #[test]
    fn a_share_link_without_input_has_none() {
        let options = FragmentOptions { lang: Some("en".into()), ..FragmentOptions::default() };
        assert_eq!(options.to_fragment(), "#lang=en");
    }
}
