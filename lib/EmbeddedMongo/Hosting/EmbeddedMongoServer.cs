using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Protocol;
using MongoDB.Bson;

namespace EmbeddedMongo.Hosting;

/// <summary>
/// A MongoDB-wire-compatible server listening on a loopback port. Start it with
/// <see cref="StartAsync"/>; disposing it stops listening and closes every connection.
/// </summary>
public sealed class EmbeddedMongoServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly ServerState state;
    private readonly ConcurrentDictionary<long, TcpClient> clients = new();
    private readonly ConcurrentDictionary<long, Task> handlers = new();
    private readonly Task acceptLoop;
    private readonly Timer reaper;
    private long nextConnectionId;
    private int disposed;

    private EmbeddedMongoServer(TcpListener listener, ServerState state)
    {
        this.listener = listener;
        this.state = state;
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        Port = endpoint.Port;
        var host = endpoint.Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]" : endpoint.Address.ToString();
        state.Host = $"{host}:{Port}";
        ConnectionString = $"mongodb://{state.Host}/?directConnection=true";
        acceptLoop = Task.Run(AcceptLoopAsync);
        var period = TimeSpan.FromTicks(Math.Clamp(state.Options.CursorTimeout.Ticks / 2, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(30).Ticks));
        reaper = new Timer(_ => state.Cursors.Reap(state.Options.CursorTimeout), null, period, period);
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string for the official driver (direct connection to this node).</summary>
    public string ConnectionString { get; }

    /// <summary>The shared state (storage, cursors, counters), for in-process inspection.</summary>
    public ServerState State => state;

    /// <summary>How many client connections are open now.</summary>
    public int OpenConnections => clients.Count;

    public static Task<EmbeddedMongoServer> StartAsync(EmbeddedMongoOptions? options = null)
    {
        options ??= new EmbeddedMongoOptions();
        if (!IPAddress.TryParse(options.BindAddress, out var address))
        {
            throw new ArgumentException($"bind address '{options.BindAddress}' is not an IP address", nameof(options));
        }

        if (!IPAddress.IsLoopback(address) && !options.RequireAuthentication)
        {
            throw new InvalidOperationException(
                $"refusing to bind {address} without authentication: set RequireAuthentication (shop serve --auth) and create a user, or bind 127.0.0.1");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        var state = new ServerState(options);
        if (options.DataDirectory is not null)
        {
            state.DataFolder = Storage.Persistence.DataDirectory.Open(options.DataDirectory, state.Storage, options.Log);
        }

        var listener = new TcpListener(address, options.Port);
        try
        {
            listener.Start(512);
        }
        catch
        {
            state.Dispose();
            throw;
        }

        return Task.FromResult(new EmbeddedMongoServer(listener, state));
    }

    private async Task AcceptLoopAsync()
    {
        var token = state.Stopping.Token;
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }

            client.NoDelay = true;
            var id = Interlocked.Increment(ref nextConnectionId);
            clients[id] = client;
            var serving = Task.Run(() => ServeConnectionAsync(id, client));
            handlers[id] = serving;
            _ = serving.ContinueWith(_ => handlers.TryRemove(id, out var _), TaskScheduler.Default);
        }
    }

    private async Task ServeConnectionAsync(long id, TcpClient client)
    {
        state.Statistics.ConnectionOpened();
        var token = state.Stopping.Token;
        var connection = new ConnectionInfo(id, client.Client.RemoteEndPoint?.ToString() ?? "unknown", client.Client.LocalEndPoint?.ToString() ?? "unknown");
        try
        {
            await using var stream = client.GetStream();
            while (!token.IsCancellationRequested)
            {
                var frame = await MessageReader.ReadFrameAsync(stream, state.Options.MaxMessageSizeBytes, token);
                if (frame is null)
                {
                    break;
                }

                var reply = await HandleWhileConnectedAsync(client.Client, connection, frame, token);
                if (reply is not null)
                {
                    await stream.WriteAsync(reply, token);
                }
            }
        }
        catch (ProtocolException ex)
        {
            state.Options.Log?.Invoke($"connection {id} from {connection.Remote} closed: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            clients.TryRemove(id, out _);
            client.Dispose();
            state.Statistics.ConnectionClosed();
        }
    }

    /// <summary>
    /// Runs one request; if it waits (an awaitable hello, a change-stream getMore) and the client
    /// hangs up meanwhile, the wait is cancelled so the connection does not linger.
    /// </summary>
    private async Task<byte[]?> HandleWhileConnectedAsync(Socket socket, ConnectionInfo connection, byte[] frame, CancellationToken token)
    {
        using var request = CancellationTokenSource.CreateLinkedTokenSource(token);
        var work = HandleFrameAsync(connection, frame, request.Token);
        while (!work.IsCompleted)
        {
            var finished = await Task.WhenAny(work, Task.Delay(200, token));
            if (finished != work && PeerClosed(socket))
            {
                await request.CancelAsync();
                break;
            }
        }

        return await work;
    }

    private static bool PeerClosed(Socket socket)
    {
        try
        {
            return socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    private async Task<byte[]?> HandleFrameAsync(ConnectionInfo connection, byte[] frame, CancellationToken token)
    {
        WireMessage message;
        try
        {
            message = MessageReader.Parse(frame);
        }
        catch (InvalidBsonException ex)
        {
            var requestId = BitConverter.ToInt32(frame, 4);
            var opCode = (OpCode)BitConverter.ToInt32(frame, 12);
            var error = (ex.TooDeep ? Errors.Overflow(ex.Message) : Errors.InvalidBson(ex.Message)).ToReply();
            return opCode == OpCode.Query ? MessageWriter.Reply(requestId, error) : MessageWriter.Msg(requestId, error);
        }

        string database;
        if (message.OpCode == OpCode.Query)
        {
            var collection = message.CollectionName ?? string.Empty;
            if (!collection.EndsWith(".$cmd", StringComparison.Ordinal))
            {
                return MessageWriter.Reply(message.RequestId, Errors.Make(5739101, "Location5739101",
                    "OP_QUERY is no longer supported. The client driver may require an upgrade.").ToReply());
            }

            database = collection[..^5];
            var reply = await CommandDispatcher.DispatchAsync(state, connection, database, message.Command, token);
            return MessageWriter.Reply(message.RequestId, reply);
        }

        if (!message.Command.TryGetValue("$db", out var db) || db is not BsonString dbName)
        {
            return MessageWriter.Msg(message.RequestId, Errors.Location(40571, "OP_MSG requests require a $db argument").ToReply());
        }

        database = dbName.Value;
        var result = await CommandDispatcher.DispatchAsync(state, connection, database, message.Command, token);
        return message.IsMoreToCome ? null : MessageWriter.Msg(message.RequestId, result);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await state.Stopping.CancelAsync();
        listener.Stop();
        await reaper.DisposeAsync();
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        try
        {
            await acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        // A request already running holds the storage lock: let it finish before the lock goes away.
        try
        {
            await Task.WhenAll(handlers.Values).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            state.Options.Log?.Invoke("stopping with requests still running after 30 s");
        }

        state.Dispose();
    }
}
