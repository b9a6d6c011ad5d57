// Which connector serves a channel kind.
import { ChannelKind } from "../generated/prisma/enums";
import type { Connector } from "./connector";
import { demoConnector } from "./demo/demo-connector";
import { facebookConnector } from "./facebook";
import { googleConnector } from "./google";
import { instagramConnector } from "./instagram";
import { xConnector } from "./x";
import { youtubeConnector } from "./youtube";

export function connectorFor(kind: ChannelKind): Connector<unknown> {
  switch (kind) {
    case "FACEBOOK_PAGE":
      return facebookConnector as Connector<unknown>;
    case "X_ACCOUNT":
      return xConnector as Connector<unknown>;
    case "INSTAGRAM_ACCOUNT":
      return instagramConnector as Connector<unknown>;
    case "GOOGLE_BUSINESS_LOCATION":
      return googleConnector as Connector<unknown>;
    case "YOUTUBE_CHANNEL":
      return youtubeConnector as Connector<unknown>;
    case "DEMO":
      return demoConnector as Connector<unknown>;
  }
}

/** Kinds whose webhooks may reference what must be read from the platform first (Connector.completion). */
export const COMPLETING_KINDS: ChannelKind[] = Object.values(ChannelKind).filter((k) => connectorFor(k).completion);
