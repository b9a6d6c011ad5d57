// OAuth 1.0a signing against fixed published vectors: X's "Creating a signature" example (the classic
// Twitter docs request, /1/statuses/update.json) and RFC 5849 §3.4.1.1's base string.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha1Signature, oauthAuthorizationHeader, percentEncode, signatureBaseString } from "@/lib/connectors/x/oauth1";

const twitter = {
  creds: {
    consumerKey: "xvz1evFS4wEEPTGEFPHBog",
    consumerSecret: "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
    token: "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
    tokenSecret: "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
  },
  nonce: "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
  timestamp: "1318622958",
  url: "https://api.twitter.com/1/statuses/update.json?include_entities=true",
  status: "Hello Ladies + Gentlemen, a signed OAuth request!",
  baseString:
    "POST&https%3A%2F%2Fapi.twitter.com%2F1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521",
  signature: "tnnArxj06cWHq44gCs1OSKk/jLY=",
};

const oauthParams = (nonce: string, ts: string): Array<[string, string]> => [
  ["oauth_consumer_key", twitter.creds.consumerKey],
  ["oauth_nonce", nonce],
  ["oauth_signature_method", "HMAC-SHA1"],
  ["oauth_timestamp", ts],
  ["oauth_token", twitter.creds.token],
  ["oauth_version", "1.0"],
];

describe("OAuth 1.0a (RFC 5849)", () => {
  it("percent-encodes per RFC 3986 (unreserved kept, !*'() and UTF-8 escaped, upper-case hex)", () => {
    expect(percentEncode("Ladies + Gentlemen, a signed OAuth request!")).toBe("Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
    expect(percentEncode("AZaz09-._~")).toBe("AZaz09-._~");
    expect(percentEncode("*'()")).toBe("%2A%27%28%29");
    expect(percentEncode("☃/é")).toBe("%E2%98%83%2F%C3%A9");
  });

  it("builds the base string of X's published example and signs it to the published signature", () => {
    const base = signatureBaseString("post", twitter.url, [...oauthParams(twitter.nonce, twitter.timestamp), ["status", twitter.status]]);
    expect(base).toBe(twitter.baseString);
    expect(hmacSha1Signature(base, twitter.creds.consumerSecret, twitter.creds.tokenSecret)).toBe(twitter.signature);
  });

  it("produces the full Authorization header for that example", () => {
    const header = oauthAuthorizationHeader(twitter.creds, {
      method: "POST",
      url: twitter.url,
      formParams: [["status", twitter.status]],
      nonce: twitter.nonce,
      timestamp: twitter.timestamp,
    });
    expect(header).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", ' +
        'oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", ' +
        'oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0", ' +
        'oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D"',
    );
  });

  it("matches RFC 5849 §3.4.1.1: repeated names sorted by value, pre-encoded values, '+' as space, bare names", () => {
    const base = signatureBaseString("POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b", [
      ["oauth_consumer_key", "9djdj82h48djs9d2"],
      ["oauth_token", "kkk9d7dh3k39sjv7"],
      ["oauth_signature_method", "HMAC-SHA1"],
      ["oauth_timestamp", "137131201"],
      ["oauth_nonce", "7d8f3e4a"],
      // The example's form body `c2&a3=2+q`, decoded.
      ["c2", ""],
      ["a3", "2 q"],
    ]);
    expect(base).toBe(
      "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D" +
        "%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1" +
        "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7",
    );
  });

  it("normalises the base URI: lower-case scheme and host, default port dropped, other ports kept", () => {
    expect(signatureBaseString("GET", "HTTP://Example.COM:80/r?x=1", [])).toBe("GET&http%3A%2F%2Fexample.com%2Fr&x%3D1");
    expect(signatureBaseString("GET", "https://api.x.com:443/2/tweets", [])).toBe("GET&https%3A%2F%2Fapi.x.com%2F2%2Ftweets&");
    expect(signatureBaseString("GET", "http://127.0.0.1:8080/2/tweets", [])).toBe("GET&http%3A%2F%2F127.0.0.1%3A8080%2F2%2Ftweets&");
  });

  it("is deterministic for a fixed nonce and timestamp, and every input changes the signature", () => {
    const sign = (over: Partial<{ url: string; nonce: string; timestamp: string; method: string; secret: string }> = {}) =>
      oauthAuthorizationHeader(
        { ...twitter.creds, consumerSecret: over.secret ?? twitter.creds.consumerSecret },
        { method: over.method ?? "GET", url: over.url ?? "https://api.x.com/2/dm_events?max_results=100", nonce: over.nonce ?? "n1", timestamp: over.timestamp ?? "1700000000" },
      ).match(/oauth_signature="([^"]+)"/)?.[1];
    const reference = sign();
    expect(reference).toBeTruthy();
    expect(sign()).toBe(reference);
    const variants = [
      sign({ url: "https://api.x.com/2/dm_events?max_results=99" }),
      sign({ url: "https://api.x.com/2/dm_events?max_results=100&pagination_token=abc" }),
      sign({ nonce: "n2" }),
      sign({ timestamp: "1700000001" }),
      sign({ method: "POST" }),
      sign({ secret: "another-consumer-secret" }),
    ];
    for (const v of variants) expect(v).not.toBe(reference);
    // Random nonce and current timestamp by default.
    const a = oauthAuthorizationHeader(twitter.creds, { method: "GET", url: "https://api.x.com/2/users/me" });
    const b = oauthAuthorizationHeader(twitter.creds, { method: "GET", url: "https://api.x.com/2/users/me" });
    expect(a).not.toBe(b);
  });

  it("keys HMAC-SHA1 with encoded secrets joined by '&' (RFC 5849 §3.4.2)", () => {
    const expected = createHmac("sha1", "a%26b&c%2Bd").update("base").digest("base64");
    expect(hmacSha1Signature("base", "a&b", "c+d")).toBe(expected);
  });
});
