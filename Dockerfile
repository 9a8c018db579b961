# Promise: order-promise service for ERPNext. Build: docker build -t promise .
# Run (embedded demo data): docker run -p 8080:8080 promise
# Run against ERPNext:      docker run -p 8080:8080 -e Erp__BaseUrl=https://erp.example.com \
#                             -e Erp__ApiKey=... -e Erp__ApiSecret=... -e Auth__ApiKeys__0=... promise
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Promise.Core/Promise.Core.csproj src/Promise.Core/
COPY src/ErpClient/ErpClient.csproj src/ErpClient/
COPY src/Promise.Api/Promise.Api.csproj src/Promise.Api/
RUN dotnet restore src/Promise.Api/Promise.Api.csproj
COPY src/ src/
# The same command as scripts/publish-smoke.sh, which CI-checks the published output.
RUN dotnet publish -c Release -o /app src/Promise.Api

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_gcServer=1
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl: the probe speaks HTTP/1.0 over bash's /dev/tcp.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "/app/Promise.Api.dll"]
