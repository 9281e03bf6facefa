// Azure Monitor: a Log Analytics workspace and a workspace-based Application Insights resource. The app exports its
// OpenTelemetry traces and metrics there (APPLICATIONINSIGHTS_CONNECTION_STRING); the web app's console and HTTP logs go to the workspace.

param resourceBaseName string
param location string
param retentionInDays int
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output logAnalyticsWorkspaceId string = workspace.id
output applicationInsightsConnectionString string = applicationInsights.properties.ConnectionString
