// BenefitsBot on Azure: App Service (Linux, .NET 10), Azure Bot with the Teams channel, Key Vault for secrets, Azure Monitor,
// and optionally PostgreSQL Flexible Server for several instances. Deploy with `az deployment group create` (main.bicepparam)
// or `atk provision` (m365agents.yml, main.parameters.json); README "Deploy to Azure" explains every parameter.
targetScope = 'resourceGroup'

@description('Prefix of every resource name, 3-20 lower-case letters, digits or hyphens; the web app is <name>-app.azurewebsites.net, so it must be unique across Azure.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region of the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('How the bot proves its identity to the Bot Connector: UserAssignedMsi (a managed identity made here: no secret to expire) or SingleTenant (an Entra app registration you made, with a client secret kept in Key Vault). The same names as the app\'s MicrosoftAppType.')
@allowed([
  'UserAssignedMsi'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMsi'

@description('SingleTenant only: the application (client) id of the bot\'s Entra app registration. Ignored for UserAssignedMsi.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration, written to Key Vault. Leave empty on later deployments to keep the secret already in Key Vault (e.g. one rotated there).')
@secure()
param botAppPassword string = ''

@description('Display name of the bot in the Azure portal and the Bot Framework.')
param botDisplayName string = 'BenefitsBot'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size (Linux). B1 or larger: "Always On" and the health check need at least Basic.')
param appServicePlanSku string = 'B1'

@description('Number of web app instances. More than one needs usePostgres: the embedded SQLite store serves one instance.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Store the bot\'s data in a new PostgreSQL Flexible Server (several instances) instead of SQLite under /home/data (one instance).')
param usePostgres bool = false

@description('usePostgres only: the server\'s administrator login.')
param postgresAdminLogin string = 'benefitsbot'

@description('usePostgres only: the administrator password (8-128 characters of three kinds: upper case, lower case, digits, symbols). The connection string made from it is kept in Key Vault.')
@secure()
param postgresAdminPassword string = ''

@description('usePostgres only: the server\'s compute size (Burstable B1ms is enough for one company\'s bot).')
param postgresSkuName string = 'Standard_B1ms'

@description('Days of logs and telemetry kept in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Service name on the traces and metrics (OTEL_SERVICE_NAME).')
param otelServiceName string = 'benefitsbot'

@description('Tags added to every resource.')
param tags object = {}

var useManagedIdentity = botAppType == 'UserAssignedMsi'

// One user-assigned identity: the web app reads Key Vault references with it and, for UserAssignedMsi, it is the bot's identity too.
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${resourceBaseName}-id'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    skuName: postgresSkuName
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    readerPrincipalId: appIdentity.properties.principalId
    botAppPassword: useManagedIdentity ? '' : botAppPassword
    postgresConnectionString: usePostgres
      ? 'Host=${postgres!.outputs.fullyQualifiedDomainName};Database=${postgres!.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull'
      : ''
    tags: tags
  }
}

var identitySettings = useManagedIdentity
  ? {
      MicrosoftAppType: 'UserAssignedMsi'
      MicrosoftAppId: appIdentity.properties.clientId
      // Graph:ClientId defaults to MicrosoftAppId, so Graph uses the same identity (for its home tenant only).
      Graph__UseManagedIdentity: 'true'
    }
  : {
      MicrosoftAppType: 'SingleTenant'
      MicrosoftAppId: botAppId
      MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.botClientSecretUri})'
    }

var storageSettings = usePostgres
  ? {
      Storage__Provider: 'Postgres'
      Storage__Postgres__ConnectionString: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.postgresConnectionStringSecretUri})'
    }
  : {
      Storage__Provider: 'Sqlite'
    }

module appService 'modules/appService.bicep' = {
  name: 'appService'
  params: {
    resourceBaseName: resourceBaseName
    location: location
    skuName: appServicePlanSku
    instanceCount: usePostgres ? instanceCount : 1
    identityId: appIdentity.id
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    appSettings: union(
      {
        MicrosoftAppTenantId: toLower(tenant().tenantId)
        // /home is the App Service's persistent share: the SQLite database and imported articles survive redeploys.
        DataDirectory: '/home/data'
        APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
        OTEL_SERVICE_NAME: otelServiceName
      },
      identitySettings,
      storageSettings
    )
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    resourceBaseName: resourceBaseName
    displayName: botDisplayName
    sku: botSku
    messagingEndpoint: 'https://${appService.outputs.defaultHostName}/api/messages'
    msaAppType: useManagedIdentity ? 'UserAssignedMSI' : 'SingleTenant'
    msaAppId: useManagedIdentity ? appIdentity.properties.clientId : botAppId
    msaAppTenantId: tenant().tenantId
    msaAppMsiResourceId: useManagedIdentity ? appIdentity.id : ''
    tags: tags
  }
}

@description('The bot\'s Microsoft App ID: the manifest\'s BOT_ID.')
output BOT_ID string = useManagedIdentity ? appIdentity.properties.clientId : botAppId

@description('Host name of the web app: the manifest\'s BOT_DOMAIN.')
output BOT_DOMAIN string = appService.outputs.defaultHostName

@description('Resource id of the web app, for `atk deploy` (azureAppService/zipDeploy).')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = appService.outputs.siteId

@description('Name of the web app, for `az webapp deploy`.')
output BOT_AZURE_APP_SERVICE_NAME string = appService.outputs.siteName

@description('Name of the Key Vault that holds the secrets (rotate them there).')
output KEY_VAULT_NAME string = keyVault.outputs.name
