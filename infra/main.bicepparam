// Parameters for `az deployment group create --template-file infra/main.bicep --parameters infra/main.bicepparam`.
// Values come from environment variables, so nothing secret is written here; README "Deploy to Azure" lists them.
using 'main.bicep'

param resourceBaseName = readEnvironmentVariable('BENEFITSBOT_NAME')

// UserAssignedMsi (default: no secret) or SingleTenant (an Entra app registration with a client secret).
param botAppType = readEnvironmentVariable('BENEFITSBOT_APP_TYPE', 'UserAssignedMsi')
param botAppId = readEnvironmentVariable('BENEFITSBOT_APP_ID', '')
// Written to Key Vault; leave unset on later deployments to keep the secret Key Vault holds.
param botAppPassword = readEnvironmentVariable('BENEFITSBOT_APP_PASSWORD', '')

param appServicePlanSku = readEnvironmentVariable('BENEFITSBOT_PLAN_SKU', 'B1')
param instanceCount = int(readEnvironmentVariable('BENEFITSBOT_INSTANCES', '1'))

param usePostgres = bool(readEnvironmentVariable('BENEFITSBOT_USE_POSTGRES', 'false'))
param postgresAdminPassword = readEnvironmentVariable('BENEFITSBOT_POSTGRES_PASSWORD', '')
