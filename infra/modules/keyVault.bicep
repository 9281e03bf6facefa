// Key Vault for the app's secrets (RBAC, no access policies). The web app's identity may read secrets; the app settings
// refer to them as @Microsoft.KeyVault(SecretUri=...) without a version, so a new version set here is picked up.

param resourceBaseName string
param location string

@description('Principal (object) id of the identity that reads the secrets.')
param readerPrincipalId string

@description('Written as the bot-app-password secret when not empty; empty leaves what Key Vault holds.')
@secure()
param botAppPassword string

@description('Written as the postgres-connection-string secret when not empty.')
@secure()
param postgresConnectionString string

param tags object

// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var botAppPasswordSecretName = 'bot-app-password'
var postgresConnectionStringSecretName = 'postgres-connection-string'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: '${resourceBaseName}-kv'
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: botAppPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'Client secret of the bot\'s Entra app registration (MicrosoftAppPassword)'
  }
}

resource postgresConnectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(postgresConnectionString)) {
  parent: vault
  name: postgresConnectionStringSecretName
  properties: {
    value: postgresConnectionString
    contentType: 'Npgsql connection string (Storage:Postgres:ConnectionString)'
  }
}

output name string = vault.name

@description('Versionless secret URIs: App Service reads the newest version.')
output botClientSecretUri string = '${vault.properties.vaultUri}secrets/${botAppPasswordSecretName}'
output postgresConnectionStringSecretUri string = '${vault.properties.vaultUri}secrets/${postgresConnectionStringSecretName}'
