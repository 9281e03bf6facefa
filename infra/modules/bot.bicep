// The Azure Bot registration: messaging endpoint, identity (single-tenant app or user-assigned managed identity), Teams channel.

param resourceBaseName string
param displayName string
param sku string
param messagingEndpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string

param msaAppId string
param msaAppTenantId string

@description('Resource id of the user-assigned identity (UserAssignedMSI only).')
param msaAppMsiResourceId string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: empty(msaAppMsiResourceId) ? null : msaAppMsiResourceId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
