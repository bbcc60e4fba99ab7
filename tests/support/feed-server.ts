import { createHash } from "node:crypto";
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { TimeLimit } from "../../src/data/feed";

/** How the server answers one path. */
export type Route =
  /** A static file the way hosts serve one: ETag and Last-Modified, 304 on a matching request. */
  | { kind: "file"; body: string; contentType?: string; lastModified?: string; etag?: boolean }
  | { kind: "status"; status: number; body?: string; contentType?: string }
  /** Headers sent, then `size` bytes in chunks without a Content-Length (or with a false one). */
  | { kind: "stream"; size: number; contentLength?: number }
  /** Accepts the request and never answers. */
  | { kind: "hang" };

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/** A real HTTP server on 127.0.0.1 for feed tests; routes can change between requests. */
export class FeedServer {
  readonly requests: SeenRequest[] = [];
  private readonly routes = new Map<string, Route>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly hangListeners = new Set<() => void>();

  /**
   * A client's fetch time limit that passes as soon as this server leaves the request unanswered
   * (a "hang" route), not after a time: a test of the timeout does not race the clock.
   */
  readonly timeLimit: TimeLimit = (_ms, expire) => {
    this.hangListeners.add(expire);
    return () => this.hangListeners.delete(expire);
  };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FeedServer> {
    const server = createServer();
    const feed = new FeedServer(server);
    server.on("request", (req, res) => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      feed.requests.push({ path, headers: req.headers });
      feed.answer(
        feed.routes.get(path) ?? { kind: "status", status: 404, body: "Not Found" },
        req.headers,
        res,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return feed;
  }

  /** The server's base URL, like the add-in's page directory. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  route(path: string, route: Route): void {
    this.routes.set(path, route);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((e) => (e ? reject(e) : resolve())),
    );
  }

  private answer(route: Route, headers: IncomingHttpHeaders, res: ServerResponse): void {
    switch (route.kind) {
      case "hang": {
        this.hanging.add(res);
        const listeners = [...this.hangListeners];
        this.hangListeners.clear();
        for (const expire of listeners) expire();
        return;
      }
      case "status":
        res.writeHead(route.status, { "Content-Type": route.contentType ?? "text/plain" });
        res.end(route.body ?? "");
        return;
      case "stream": {
        const head: Record<string, string | number> = { "Content-Type": "application/json" };
        if (route.contentLength !== undefined) head["Content-Length"] = route.contentLength;
        res.writeHead(200, head);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < route.size) {
            const piece = chunk.subarray(0, Math.min(chunk.length, route.size - sent));
            sent += piece.length;
            if (!res.write(piece)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => undefined);
        pump();
        return;
      }
      case "file": {
        const etag = `"${createHash("sha256").update(route.body).digest("hex").slice(0, 16)}"`;
        const head: Record<string, string> = {
          "Content-Type": route.contentType ?? "application/json; charset=utf-8",
        };
        if (route.etag !== false) head.ETag = etag;
        if (route.lastModified) head["Last-Modified"] = route.lastModified;
        const fresh =
          (route.etag !== false && headers["if-none-match"] === etag) ||
          (route.etag === false &&
            route.lastModified !== undefined &&
            headers["if-modified-since"] === route.lastModified);
        if (fresh) {
          res.writeHead(304, head);
          res.end();
          return;
        }
        res.writeHead(200, head);
        res.end(route.body);
      }
    }
  }
}
