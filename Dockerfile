# NewsBot: build and test on the SDK image, run on the ASP.NET Core runtime image as a non-root user
# (Kestrel serves /healthz, /readyz and /metrics on both transports, and POST /interactions for
# Discord:Transport=http).
#   docker build -t newsbot .                      # builds, runs the tests, makes the runtime image
#   docker build --target test -t newsbot-test .   # the tests alone
#   docker run -e DISCORD_TOKEN=... -v newsbot-index:/data newsbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore NewsBot.sln
RUN dotnet build NewsBot.sln -c Release --no-restore

FROM build AS test
# The Discord tests start an emulator on 127.0.0.1; the OpenAPI copy in TestData stands in for ../shared.
# Only src/NewsBot is published: the emulator (tests/) and the benchmark (tools/) stay out of the image.
RUN dotnet test NewsBot.sln -c Release --no-build

FROM build AS publish
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app ./
# The bundled articles are baked in; the index lives on a volume so it survives restarts.
COPY seeds/ /app/seeds/
# The articles folder is writable by the bot: /add-article and /remove-article change it.
RUN mkdir -p /data/index && chown -R $APP_UID /data /app/seeds
ENV NewsBot__ArticlesPath=/app/seeds \
    NewsBot__IndexPath=/data/index \
    DOTNET_NOLOGO=1 \
    ASPNETCORE_URLS=http://+:8080
VOLUME ["/data"]
# Both transports listen here: /healthz, /readyz and /metrics; the http transport also POST /interactions.
EXPOSE 8080
# Ready means the index is loaded and Discord connected (or the interactions endpoint logged in). The image has
# no curl: `newsbot health` asks /readyz; Docker wants exit code 1 for unhealthy. The start period covers a
# first build of a large articles folder.
HEALTHCHECK --interval=30s --timeout=10s --start-period=2m --retries=3 \
    CMD dotnet newsbot.dll health --url http://localhost:8080/readyz || exit 1
# The images' built-in unprivileged user; the token comes from the environment (DISCORD_TOKEN or Discord__Token).
USER $APP_UID
# Depend on the test stage so that a plain `docker build` runs the tests.
COPY --from=test /src/Directory.Build.props /tmp/tested
ENTRYPOINT ["dotnet", "newsbot.dll"]
